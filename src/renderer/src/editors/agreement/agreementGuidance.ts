import type { AgreementWorksheet } from '../../../../shared/schema/agreement';

/** The parts of the agreement screen that carry guidance, each a few short paragraphs. */
export interface AgreementGuidance {
  /** "Where this agreement stands": what the next step is. */
  status: string[];
  /** The clauses (an agreement written in the app). */
  clauses: string[];
  /** The coach's own Word document (an agreement made from one). */
  wordDocument: string[];
  /** "Details for this client": the merge field values. */
  details: string[];
  /** "What to expect": the fact sheet sent with it. */
  factSheet: string[];
  /** "Signatures": the names under the signature lines. */
  signers: string[];
}

const IN_WRITING =
  'Terms change only in writing: make a new version, have it signed, and the old one is kept as history.';

/**
 * Every piece of advice on an agreement's screen, for the state it is in: a draft is prepared,
 * a sent one waits for its signature, a signed or replaced one is a record that no longer
 * changes. Kept in one place so no part of the screen offers a step the agreement is past.
 */
export function agreementGuidance(
  sheet: Pick<AgreementWorksheet, 'status' | 'signatures'>,
): AgreementGuidance {
  const signedHere = (sheet.signatures ?? []).length > 0;
  const verify = signedHere
    ? 'It was signed on this computer: “Verify the signed text” checks that it is still exactly the text both of you signed, as its signature certificate says.'
    : null;
  switch (sheet.status) {
    case 'draft':
      return {
        status: [
          'Prepare the draft, send it, then record the signature. Once sent, what the client has is kept exactly as it is.',
          'With the client beside you, “Sign now” lets you both sign on this screen once it is sent.',
          IN_WRITING,
        ],
        clauses: [
          'This agreement started as a copy of your template. Change any clause for this client; your template stays as it is.',
          'Merge fields are filled from the details below.',
        ],
        wordDocument: [
          'The wording, styles, header and logo are those of your document. To change the wording, change the document in Word and bring it in again on the agreement template.',
          'Fill in every detail below, or leave it to be completed by hand on paper.',
        ],
        details: [
          'Client and practice details come from their records; fees and session terms start as your usual terms from the template.',
          'Adjust anything agreed with this client here, such as a different fee or number of sessions. Empty a box to go back to the usual value.',
        ],
        factSheet: [
          'The fact sheet from your template is attached to the agreement. Adjust it for this client, or leave it out.',
        ],
        signers: [
          'These names go under the signature lines. If someone else signs for the client, such as their employer, put that person’s name here.',
        ],
      };
    case 'sent':
      return {
        status: [
          'The client has this version, and it is kept exactly as they received it. When it comes back signed, record the signature.',
          'With the client beside you, “Sign now” lets you both sign on this screen.',
          IN_WRITING,
        ],
        clauses: [
          'These are the clauses exactly as the client received them. To change one, make a new version.',
        ],
        wordDocument: [
          'This is your document as the client received it, filled in with the details below.',
        ],
        details: [
          'These are the details the agreement was sent with. To agree something different, such as another fee, make a new version.',
        ],
        factSheet: ['The fact sheet as it went to the client with this agreement.'],
        signers: ['The names under the signature lines, as the client received them.'],
      };
    case 'signed':
      return {
        status: [
          'This is the signed record of what you both agreed, so it can no longer change.',
          ...(verify ? [verify] : []),
          IN_WRITING,
        ],
        clauses: [
          'These are the clauses exactly as signed; they can no longer change. To change the terms, make a new version and have it signed.',
        ],
        wordDocument: [
          'This is your document exactly as signed, filled in with the details below.',
        ],
        details: [
          'These are the details the agreement was signed with. To agree something different, make a new version and have it signed.',
        ],
        factSheet: ['The fact sheet as it was part of the signed agreement.'],
        signers: ['The names of the people who signed.'],
      };
    case 'superseded':
      return {
        status: [
          'A newer version replaced this one. It is kept as history, exactly as it was, and can no longer change.',
          ...(verify ? [verify] : []),
        ],
        clauses: ['These are the clauses of this earlier version, kept as history.'],
        wordDocument: ['This is your document as this earlier version had it, kept as history.'],
        details: ['These are the details of this earlier version, kept as history.'],
        factSheet: ['The fact sheet of this earlier version, kept as history.'],
        signers: ['The names under the signature lines of this earlier version.'],
      };
  }
}
