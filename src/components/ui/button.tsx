// A plain <button> that never submits a form by accident (type="button" unless told otherwise).
import type { ButtonHTMLAttributes } from 'react';

export function Button({ type = 'button', className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={className ? `btn ${className}` : 'btn'} {...rest} />;
}
