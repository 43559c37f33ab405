// POST /api/v1/escalations from the candidate's browser. A network failure is retried
// with the same Idempotency-Key, so the server files one ticket however many times
// the request reached it; an answer from the server (even an error) is final.

export interface EscalationCredentials {
  token?: string;
  conversationId?: string;
  resumeSecret?: string;
}

export interface EscalationPayload extends EscalationCredentials {
  description: string;
  contactEmail?: string;
  /** ISO 8601 with offset. */
  occurredAt?: string;
  timeZone?: string;
  screenshots: File[];
}

export interface ServerErrorDetail {
  field: string;
  message: string;
}

export type EscalationResult =
  { ok: true; ticketId: string; reference: string } | { ok: false; status: number; code: string; message: string; details: ServerErrorDetail[] };

const RETRY_DELAYS_MS = [1000, 3000];

export function toFormData(payload: EscalationPayload): FormData {
  const form = new FormData();
  const { screenshots, ...fields } = payload;
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value !== '') form.append(name, value);
  }
  for (const file of screenshots) form.append('screenshots', file, file.name || 'screenshot');
  return form;
}

async function readError(response: Response): Promise<EscalationResult> {
  const body = (await response.json().catch(() => null)) as { error?: Partial<{ code: string; message: string; details: ServerErrorDetail[] }> } | null;
  const error = body?.error ?? {};
  return {
    ok: false,
    status: response.status,
    code: error.code ?? 'http_error',
    // Empty when the server gave no sentence: the form words the status in the candidate's language.
    message: error.message ?? '',
    details: Array.isArray(error.details) ? error.details : [],
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the server's answer; rejects only when the server could not be reached at all. */
export async function submitEscalation(serverUrl: string, payload: EscalationPayload, idempotencyKey: string): Promise<EscalationResult> {
  const body = toFormData(payload);
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${serverUrl}/api/v1/escalations`, {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        // The candidate has no session with us; never send the host page's cookies.
        credentials: 'omit',
        mode: 'cors',
      });
      if (!response.ok) return readError(response);
      const data = (await response.json()) as { ticketId: string; reference: string };
      return { ok: true, ticketId: data.ticketId, reference: data.reference };
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length) throw error;
      await wait(RETRY_DELAYS_MS[attempt]);
    }
  }
}
