// Entry of dist/widget.js: `<script src="PUBLIC_URL/widget.js" async data-token=…>`.
// Reads its own tag, registers <linkdoctor-chat> and adds one to the page.
import type { ChatWidget } from './chat-widget';
import { CHAT_WIDGET_TAG, defineChatWidget } from './define';
import { readEmbedConfig } from './embed-config';

// Only set while this script first runs (also with `async`), so read it right away.
const script = document.currentScript as HTMLScriptElement | null;

function mount(): void {
  const config = readEmbedConfig(script && { src: script.src, dataset: { ...script.dataset } }, window.location.href);
  defineChatWidget();
  const widget = document.createElement(CHAT_WIDGET_TAG) as ChatWidget;
  widget.serverUrl = config.serverUrl;
  widget.token = config.token;
  widget.link = config.link;
  widget.open = config.open;
  document.body.append(widget);
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
