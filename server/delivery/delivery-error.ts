/** A failed send. `permanent`: retrying cannot help (e.g. the mailbox does not exist). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
