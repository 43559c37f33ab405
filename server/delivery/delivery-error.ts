/** What one attempt at a webhook came to: kept in the delivery log. */
export interface AttemptResult {
  /** The HTTP status the endpoint answered; absent when it never answered. */
  statusCode?: number;
  durationMs: number;
}

/** A failed send. `permanent`: retrying cannot help (e.g. the mailbox does not exist). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
    /** Webhook sends: the attempt, so the delivery log shows it. */
    readonly attempt?: AttemptResult,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
