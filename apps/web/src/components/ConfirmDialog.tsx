import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Called on the cancel button and on Escape; the caller returns focus to the button that opened the dialog. */
  onCancel: () => void;
}

/**
 * Modal question built on the native `<dialog>`, which keeps focus inside and closes on Escape.
 * Focus starts on the cancel button, so pressing Enter by accident changes nothing.
 */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) {
      return;
    }
    if (open && !element.open) {
      element.showModal();
      cancelButton.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <Heading2 id={titleId}>{title}</Heading2>
      <Paragraph id={messageId}>{message}</Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" hint="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelButton} type="button" appearance="secondary-action-button" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
