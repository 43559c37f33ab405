import { ChatWidget } from './chat-widget';

export const CHAT_WIDGET_TAG = 'linkdoctor-chat';

/** Registers <linkdoctor-chat>; harmless when the script is included twice. */
export function defineChatWidget(registry: CustomElementRegistry = window.customElements): void {
  if (!registry.get(CHAT_WIDGET_TAG)) registry.define(CHAT_WIDGET_TAG, ChatWidget);
}

declare global {
  interface HTMLElementTagNameMap {
    'linkdoctor-chat': ChatWidget;
  }
}
