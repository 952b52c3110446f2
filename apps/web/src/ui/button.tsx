// Buttons and links that look like buttons: one look for every action, from "I'm going" to "Cancel the meetup".
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonLook {
  /** primary: the one main action of a view; secondary: the others; ghost: quiet ones in lists and menus; danger: cannot be undone. */
  variant?: ButtonVariant;
  /** Every size keeps a 44 px touch target; sm is only visually smaller. */
  size?: ButtonSize;
  /** Stretches to the width of its container (the main action of a form on a phone). */
  block?: boolean;
}

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-ink hover:bg-accent-hover shadow-sm',
  secondary: 'bg-surface text-accent-text border border-line-strong hover:bg-accent-soft',
  ghost: 'bg-transparent text-accent-text hover:bg-accent-soft',
  danger: 'bg-danger text-danger-ink hover:bg-danger-hover shadow-sm',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'min-h-11 px-3 text-sm gap-1.5',
  md: 'min-h-11 px-4 gap-2',
  lg: 'min-h-14 px-6 text-lg gap-2.5',
};

/** The classes of a button, for the rare element that cannot be a Button or ButtonLink (a file input's label). */
export function buttonClasses({ variant = 'primary', size = 'md', block = false }: ButtonLook = {}): string {
  return [
    'inline-flex items-center justify-center rounded-control font-semibold no-underline cursor-pointer',
    'transition-colors disabled:opacity-60 disabled:cursor-progress select-none text-center leading-tight',
    VARIANTS[variant],
    SIZES[size],
    block ? 'w-full' : '',
  ].join(' ');
}

export function Button({
  variant,
  size,
  block,
  icon,
  className = '',
  type = 'button',
  children,
  ...button
}: ButtonLook & ComponentPropsWithRef<'button'> & { icon?: ReactNode }) {
  return (
    <button type={type} className={`${buttonClasses({ variant, size, block })} ${className}`} {...button}>
      {icon}
      {children}
    </button>
  );
}

/** A link to another page of the app that looks like a button ("Sign up", "Create a meetup"). */
export function ButtonLink({
  variant,
  size,
  block,
  icon,
  className = '',
  children,
  ...link
}: ButtonLook & LinkProps & { icon?: ReactNode }) {
  return (
    <Link className={`${buttonClasses({ variant, size, block })} ${className}`} {...link}>
      {icon}
      {children}
    </Link>
  );
}
