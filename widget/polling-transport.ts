// HTTP long-polling, loaded only when WebSocket did not connect (a proxy or firewall
// in the way): most candidates never download it.
export { XHR } from 'engine.io-client';
