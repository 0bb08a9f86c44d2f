import { fail, ok } from '../../shared/result';
import { WORKSHEET_KIND_SPECS } from '../../shared/kinds';
import type { AgreementWorksheet } from '../../shared/schema';
import {
  frozenMergeValues,
  frozenMessage,
  openVersionOf,
  reopenedMergeValues,
  seriesOf,
} from './agreementRules';
import { findAgreement, findClient, replaceWorksheet, stampOf } from './records';
import type { ApiDeps, HandlersOf } from './types';

/**
 * The life of a client agreement: draft → sent → signed, and a new version when a sent or
 * signed one must change. Signing a version supersedes the earlier sent or signed versions of
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
        const current = found.value;
        if (current.status !== 'draft' && current.status !== 'sent') {
          return fail('conflict', frozenMessage(current));
        }
        const earlier = seriesOf(draft, current.seriesId);
        if (earlier.some((a) => a.version > current.version && a.status === 'signed')) {
          return fail('conflict', 'A newer version of this agreement is already signed.');
        }
        const now = deps.now().toISOString();
        const signed: AgreementWorksheet = {
          ...current,
          status: 'signed',
          signedOn,
          clientSignerName,
          coachSignerName,
          updatedAt: now,
        };
        // Signed straight from a draft: freeze the values now, as sending would have.
        if (current.status === 'draft') signed.mergeValues = frozenMergeValues(draft, signed);
        replaceWorksheet(draft, signed);
        for (const older of earlier) {
          if (
            older.version < current.version &&
            (older.status === 'signed' || older.status === 'sent')
          ) {
            replaceWorksheet(draft, {
              ...older,
              status: 'superseded',
              supersededById: signed.id,
              updatedAt: now,
            });
          }
        }
        return ok(signed);
      }),
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
          ...structuredClone(source),
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
