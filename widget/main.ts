// Entry module of the widget, imported by the /widget.js loader with the loader's
// own <script> tag: registers <linkdoctor-chat> and adds one to the page.
import type { ChatWidget } from './chat-widget';
import { CHAT_WIDGET_TAG, defineChatWidget } from './define';
import { readEmbedConfig, type ScriptInfo } from './embed-config';

function mount(script: ScriptInfo | null): void {
  const config = readEmbedConfig(script, window.location.href);
  defineChatWidget();
  const widget = document.createElement(CHAT_WIDGET_TAG) as ChatWidget;
  widget.serverUrl = config.serverUrl;
  widget.token = config.token;
  widget.link = config.link;
  widget.open = config.open;
  document.body.append(widget);
}

export function start(script: ScriptInfo | null): void {
  if (document.body) mount(script);
  else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
}
