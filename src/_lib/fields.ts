import { pure } from './pure.js';
import * as z from 'zod';
import { MAX_ID_LENGTH } from './idLength.js';
import { notAnId } from './messages.js';

// A string past its length limit is refused for that alone (`abort`): its pattern is not run over
// megabytes, and the one mistake is not reported twice.

/** An identifier: letters, digits and `. _ : / -`, starting with a letter or digit. */
export const IdSchema = /* @__PURE__ */ pure(() =>
  z
    .string()
    .max(MAX_ID_LENGTH, { abort: true })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, { error: (issue) => notAnId(String(issue.input)) }),
);

/** The longest name a record may have, in characters. */
export const MAX_NAME_LENGTH = 300;

/** A short human-readable name. */
export const NameSchema = /* @__PURE__ */ pure(() => z.string().min(1).max(MAX_NAME_LENGTH));

/** A free-text note, written by whoever curated the record. */
export const NoteSchema = /* @__PURE__ */ pure(() => z.string().max(4000));

/** A web address. */
export const UrlSchema = /* @__PURE__ */ pure(() =>
  z
    .string()
    .max(2048, { abort: true })
    .regex(/^https?:\/\/[^\s]+$/, { error: 'expected an http(s) address without spaces' }),
);

/** A BCP 47 language tag such as `en`, `uk` or `ru`. */
export const LanguageSchema = /* @__PURE__ */ pure(() =>
  z
    .string()
    .max(35, { abort: true })
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
      error: 'expected a language tag such as en, uk or ru',
    }),
);

// One omittable wrapper of each of the fields used most, shared by every record that has one: zod
// builds each wrapper when the package loads, and sharing them makes importing it cheaper.
/** An optional {@link IdSchema} field. */
export const OptionalIdSchema = /* @__PURE__ */ pure(() => IdSchema.exactOptional());

/** An optional {@link NoteSchema} field. */
export const OptionalNoteSchema = /* @__PURE__ */ pure(() => NoteSchema.exactOptional());
