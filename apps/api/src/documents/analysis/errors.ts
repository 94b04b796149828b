/** Rejection of an uploaded file, with a `code` that maps to an API error code. */
export class FileRejectedError extends Error {
  constructor(
    readonly code: 'unsupported_file_type' | 'file_damaged',
    message: string,
  ) {
    super(message);
    this.name = 'FileRejectedError';
  }
}

export function unsupportedFile(message: string): FileRejectedError {
  return new FileRejectedError('unsupported_file_type', message);
}

export function damagedFile(message: string): FileRejectedError {
  return new FileRejectedError('file_damaged', message);
}
