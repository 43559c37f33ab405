// The host page's handle on the widget: `window.LinkDoctor.open()`, `.close()`,
// `.on('open' | 'close' | 'message' | 'unread', fn)` → unsubscribe. Each is also a
// `linkdoctor:<event>` DOM event (bubbling, composed) from <linkdoctor-chat>.

export type HostEvent = 'open' | 'close' | 'message' | 'unread';

export interface LinkDoctorApi {
  open(): void;
  close(): void;
  on(event: HostEvent, listener: (detail: unknown) => void): () => void;
}

declare global {
  interface Window {
    LinkDoctor?: LinkDoctorApi;
  }
}

export function dispatchHostEvent(from: HTMLElement, event: HostEvent, detail: unknown): void {
  from.dispatchEvent(new CustomEvent(`linkdoctor:${event}`, { detail, bubbles: true, composed: true }));
}

export function installHostApi(widget: { show(): void; hide(): void }): LinkDoctorApi {
  const api: LinkDoctorApi = {
    open: () => widget.show(),
    close: () => widget.hide(),
    on(event, listener) {
      const handler = (e: Event) => listener((e as CustomEvent).detail);
      document.addEventListener(`linkdoctor:${event}`, handler);
      return () => document.removeEventListener(`linkdoctor:${event}`, handler);
    },
  };
  window.LinkDoctor = api;
  document.dispatchEvent(new CustomEvent('linkdoctor:ready'));
  return api;
}
