/** Typed domain errors, mapped once per transport (form state, JSON problem, socket ack). */
export type FieldErrors = Record<string, string[]>;

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Values for the message's placeholders (an end date, a count), when it has any. */
  values?: Record<string, string | number>;
}

export class NotFound extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(message = 'errors.notFound') {
    super(message);
  }
}

/** No valid credentials (an API token missing, unknown, revoked or expired). */
export class Unauthorized extends DomainError {
  readonly status = 401;
  readonly code = 'unauthorized';
  constructor(message = 'integrations.errors.badToken') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(message = 'errors.forbidden', values?: Record<string, string | number>) {
    super(message);
    if (values) this.values = values;
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
}

export class Invalid extends DomainError {
  readonly status = 422;
  readonly code = 'invalid';
  constructor(
    public readonly fieldErrors: FieldErrors,
    message = 'errors.invalid',
    /** Structured help for the form beyond messages, e.g. what the personal-data guard found. */
    public readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class RateLimited extends DomainError {
  readonly status = 429;
  readonly code = 'rate_limited';
  constructor(public readonly retryAfterSeconds: number) {
    super('errors.rateLimited');
  }
}

/** Gone: an expired, used or revoked link. The page says so clearly and changes nothing. */
export class Gone extends DomainError {
  readonly status = 410;
  readonly code = 'gone';
}
