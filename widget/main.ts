// Entry module of the widget, imported by the /widget.js loader with the loader's
// own <script> tag: registers <linkdoctor-chat>, adds one to the page and gives the
// host page its `window.LinkDoctor` handle.
import { PHONE_QUERY } from './chat-widget';
import { CHAT_WIDGET_TAG, defineChatWidget } from './define';
import { readEmbedConfig, type ScriptInfo } from './embed-config';
import { setAssetBase } from './asset-base';
import { installHostApi } from './host-api';

function mount(script: ScriptInfo | null): void {
  const config = readEmbedConfig(script, window.location.href);
  defineChatWidget();
  const widget = document.createElement(CHAT_WIDGET_TAG);
  widget.serverUrl = config.serverUrl;
  widget.token = config.token;
  widget.link = config.link;
  widget.locale = config.locale;
  widget.pageAnswer = config.pageAnswer;
  // On a phone the open panel fills the screen: over the gateway page it would hide the
  // very answer it points to, so there it starts closed (the launcher stays at hand).
  widget.open = config.open && !(config.pageAnswer && window.matchMedia(PHONE_QUERY).matches);
  document.body.append(widget);
  installHostApi(widget);
}

export function start(script: ScriptInfo | null): void {
  setAssetBase(new URL('widget/', script?.src || window.location.href).href);
  if (document.body) mount(script);
  else document.addEventListener('DOMContentLoaded', () => mount(script), { once: true });
}
