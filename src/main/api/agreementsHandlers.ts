import { fail, ok } from '../../shared/result';
import { withoutSigning } from '../../shared/kinds/agreement';
import { WORKSHEET_KIND_SPECS } from '../../shared/kinds';
import type { AgreementWorksheet } from '../../shared/schema';
import {
  frozenMergeValues,
  frozenMessage,
  openVersionOf,
  reopenedMergeValues,
  seriesOf,
} from './agreementRules';
import { todayIso } from '../../shared/domain/dates';
import { signAgreement } from './agreementSigning';
import { appAgreementText, signedTextOf, textFingerprint } from './signedText';
import { findAgreement, findClient, replaceWorksheet, stampOf } from './records';
import { checkSignaturePng } from './signaturePng';
import type { ApiDeps, HandlersOf } from './types';

const SIGNATURE_OF = { client: "The client's signature", coach: "The coach's signature" };

/**
 * The life of a client agreement: draft → sent → signed, and a new version when a sent or
 * signed one must change. A sent one can be signed in the room ("Sign now"), with the
 * signatures kept and the text they signed fingerprinted. Signing a version supersedes the earlier sent or signed versions of
 * the same agreement, so exactly one version is the one in force.
 */
export function agreementsHandlers(deps: ApiDeps): HandlersOf<'agreements'> {
  const { store } = deps;
  return {
    'agreements:create': ({ clientId }) =>
      store.update((draft) => {
        const client = findClient(draft, clientId);
        if (!client.ok) return client;
        const template = draft.agreementTemplate;
        const { id, now } = stampOf(deps);
        const agreement: AgreementWorksheet = {
          id,
          createdAt: now,
          updatedAt: now,
          title:
            template.title.trim() === ''
              ? WORKSHEET_KIND_SPECS.agreement.defaultTitle
              : template.title,
          kind: 'agreement',
          clientId,
          seriesId: deps.newId(),
          version: 1,
          status: 'draft',
          clauses: structuredClone(template.clauses),
          mergeValues: { ...template.defaults },
          factSheet: { include: template.factSheet.trim() !== '', body: template.factSheet },
          sentOn: null,
          signedOn: null,
          // Prefilled for the signature lines; markSigned records who actually signed.
          clientSignerName: client.value.name,
          coachSignerName: draft.practice.coachName,
          previousVersionId: null,
          supersededById: null,
          // Made from the coach's own Word document when the template uses one.
          ...(template.wordDocument === undefined ? {} : { wordDocument: template.wordDocument }),
        };
        draft.worksheets.push(agreement);
        return ok(agreement);
      }),
    'agreements:markSent': ({ id, sentOn }) =>
      store.update((draft) => {
        const found = findAgreement(draft, id);
        if (!found.ok) return found;
        if (found.value.status !== 'draft') return fail('conflict', frozenMessage(found.value));
        const sent: AgreementWorksheet = {
          ...found.value,
          status: 'sent',
          sentOn,
          updatedAt: deps.now().toISOString(),
        };
        sent.mergeValues = frozenMergeValues(draft, sent);
        replaceWorksheet(draft, sent);
        return ok(sent);
      }),
    'agreements:markSigned': ({ id, signedOn, clientSignerName, coachSignerName }) =>
      store.update((draft) => {
        const found = findAgreement(draft, id);
        if (!found.ok) return found;
        const signing = { signedOn, clientSignerName, coachSignerName };
        return signAgreement(draft, found.value, signing, deps.now().toISOString());
      }),
    'agreements:signInRoom': async ({ id, signatures, textSha256: shown }) => {
      for (const given of signatures) {
        const png = checkSignaturePng(given.imagePngBase64, SIGNATURE_OF[given.role]);
        if (!png.ok) return png;
      }
      // The text to sign is worked out first: a Word agreement's means reading and filling its
      // document, which cannot happen inside the (synchronous) update.
      const book = store.read();
      if (!book.ok) return book;
      const sent = findAgreement(book.value, id);
      if (!sent.ok) return sent;
      const wordText =
        sent.value.wordDocument !== undefined && sent.value.status === 'sent'
          ? await signedTextOf(store.filePath, book.value, sent.value, 'sign')
          : null;
      if (wordText !== null && !wordText.ok) return wordText;
      return store.update((draft) => {
        const found = findAgreement(draft, id);
        if (!found.ok) return found;
        if (found.value.status === 'draft') {
          return fail(
            'conflict',
            'Send this agreement before it is signed: a draft can still change.',
          );
        }
        if (found.value.status !== 'sent') return fail('conflict', frozenMessage(found.value));
        // The text read above must be the text of the version signed now.
        if (
          found.value.updatedAt !== sent.value.updatedAt ||
          (found.value.wordDocument !== undefined && wordText === null)
        ) {
          return fail(
            'conflict',
            'This agreement was changed meanwhile, so nothing was signed. Please try again.',
          );
        }
        const now = deps.now();
        const [client, coach] = signatures;
        return signAgreement(
          draft,
          found.value,
          {
            signedOn: todayIso(now),
            clientSignerName: client.name.trim(),
            coachSignerName: coach.name.trim(),
            signatures: (signed) => {
              const text = wordText?.ok ? wordText.value : appAgreementText(draft, signed);
              const textSha256 = textFingerprint(text);
              if (textSha256 !== shown) {
                return fail(
                  'conflict',
                  'The agreement on the screen is not the one kept: it changed while it was being signed, so nothing was signed. Close the signing view and open it again.',
                );
              }
              return ok(
                signatures.map((given) => ({
                  ...given,
                  name: given.name.trim(),
                  signedAt: now.toISOString(),
                  textSha256,
                })),
              );
            },
          },
          now.toISOString(),
        );
      });
    },
    'agreements:verifySignatures': async ({ id }) => {
      // The files may have been changed by another program since they were read.
      await store.checkForChanges();
      const book = store.read();
      if (!book.ok) return book;
      const found = findAgreement(book.value, id);
      if (!found.ok) return found;
      const signatures = found.value.signatures ?? [];
      if (signatures.length === 0) {
        return fail(
          'conflict',
          'This agreement was not signed in the app, so there is no fingerprint to check.',
        );
      }
      // A Word agreement whose document is missing or changed is reported, never "matches".
      const text = await signedTextOf(store.filePath, book.value, found.value, 'verify');
      if (!text.ok) return text;
      const current = textFingerprint(text.value);
      return ok({
        checks: signatures.map((s) => ({
          role: s.role,
          name: s.name,
          signedAt: s.signedAt,
          matches: s.textSha256 === current,
          signedSha256: s.textSha256,
          currentSha256: current,
        })),
      });
    },
    'agreements:newVersion': ({ id }) =>
      store.update((draft) => {
        const found = findAgreement(draft, id);
        if (!found.ok) return found;
        const source = found.value;
        if (source.status === 'draft') {
          return fail('conflict', 'This agreement is still a draft: you can edit it directly.');
        }
        if (source.status === 'superseded') return fail('conflict', frozenMessage(source));
        const open = openVersionOf(draft, source.seriesId, source.id);
        if (open) {
          return fail(
            'conflict',
            `Version ${open.version} of this agreement is already in progress. Change that one instead.`,
          );
        }
        const series = seriesOf(draft, source.seriesId);
        const { id: newId, now } = stampOf(deps);
        const next: AgreementWorksheet = {
          ...structuredClone(withoutSigning(source)),
          id: newId,
          createdAt: now,
          updatedAt: now,
          // Numbered after the newest version, so two versions never share a number.
          version: Math.max(...series.map((a) => a.version)) + 1,
          status: 'draft',
          sentOn: null,
          signedOn: null,
          previousVersionId: source.id,
          supersededById: null,
        };
        next.mergeValues = reopenedMergeValues(draft, next);
        draft.worksheets.push(next);
        return ok(next);
      }),
  };
}
