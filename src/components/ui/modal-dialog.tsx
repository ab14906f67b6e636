// A modal built on the native <dialog>: focus moves in and is trapped by the browser, Escape closes
// it, the title names it for assistive technology, and focus returns to the opener on unmount.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Extra class on the <dialog>, e.g. to set `--modal-width`. */
  readonly className?: string;
}

export function ModalDialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    // The dialog is unmounted rather than closed, so focus is handed back to the opener by hand.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d !== null && !d.open) d.showModal();
    return () => {
      d?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      onClose={onClose}
    >
      <div className="modal-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
