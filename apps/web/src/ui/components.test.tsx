/** @jest-environment jsdom */
// The promises the components' props make: errors and hints tied to their field, faces that fall back to initials,
// a group counted past the faces shown.
import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { Avatar } from './avatar';
import { AvatarStack } from './avatar-stack';
import { TextField } from './form-field';

const inEnglish = (node: React.ReactNode) =>
  render(<I18nextProvider i18n={createI18n('en')}>{node}</I18nextProvider>);

describe('TextField', () => {
  it('reads out its error and hint with the field, and marks it invalid', () => {
    render(
      <TextField label="Title" name="title" hint="What people will see." error="Please give it a title." />,
    );
    const field = screen.getByLabelText('Title');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Please give it a title.', 'What people will see.']);
  });

  it('is neither invalid nor described when there is nothing to say', () => {
    render(<TextField label="Title" name="title" />);
    const field = screen.getByLabelText('Title');
    expect(field.hasAttribute('aria-invalid')).toBe(false);
    expect(field.hasAttribute('aria-describedby')).toBe(false);
  });
});

describe('Avatar', () => {
  it('shows the initials of the first two words when there is no photo', () => {
    const { container } = render(<Avatar person={{ displayName: 'silke maria schröder' }} size={64} />);
    expect(container.textContent).toBe('SM');
    expect(container.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the photo, painted from its placeholder, with an empty alt beside the name', () => {
    const photo = {
      url: '/api/v1/media/a-256.webp',
      srcSet: '/api/v1/media/a-256.webp 256w',
      placeholder: '',
    };
    const { container } = render(
      <Avatar person={{ displayName: 'Silke', photo: photo as never }} size={40} />,
    );
    const image = container.querySelector('img');
    expect(image?.getAttribute('src')).toBe(photo.url);
    expect(image?.getAttribute('alt')).toBe('');
    expect(image?.getAttribute('width')).toBe('40');
  });
});

describe('AvatarStack', () => {
  const people = ['Ada A', 'Ben B', 'Cem C', 'Dora D'].map((displayName) => ({ displayName }));

  it('shows the first faces and counts the rest of the group, named for screen readers', () => {
    inEnglish(<AvatarStack people={people} max={2} total={12} />);
    expect(screen.getByRole('img', { name: 'Ada A, Ben B and 10 more' }).textContent).toBe('AABB+10');
  });

  it('names everyone when all fit', () => {
    inEnglish(<AvatarStack people={people} />);
    expect(screen.getByRole('img', { name: 'Ada A, Ben B, Cem C, Dora D' })).toBeTruthy();
  });
});
