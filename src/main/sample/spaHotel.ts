import type { BoundaryMapWorksheet } from '../../shared/schema';
import { addDays } from '../../shared/domain/dates';
import { childIds, sheetBase, type SheetContext } from './context';

/** The spa owner every sample workbook starts with (client #1). */
export const SPA_OWNER = {
  name: 'Mary Kowalczyk',
  firstName: 'Mary',
  lastName: 'Kowalczyk',
  organization: 'Willow & Stone Day Spa',
  role: 'Owner',
} as const;

export const SPA_HOTEL_TITLE = "Rick's hotel wants spa space reserved for its guests";

/**
 * The worked example from the domain notes, in our own words: Mary's day spa serves guests of
 * Rick's hotel under a contract; the hotel then asks for reserved space that the contract never
 * mentioned. Tests and the sample workbook both rely on it being present and complete.
 */
export function spaHotelBoundaryMap(ctx: SheetContext, id: string): BoundaryMapWorksheet {
  const item = childIds(id, 'i');
  return {
    ...sheetBase(ctx, id, 'boundaryMap', SPA_HOTEL_TITLE),
    kind: 'boundaryMap',
    situation: {
      kind: 'renegotiatesTerms',
      counterpart: "Rick's hotel (the hotel's manager)",
      description:
        'My spa signed a contract with Rick’s hotel down the road to look after its guests. ' +
        'Only weeks after signing, the hotel’s manager asked me to hold part of the spa free ' +
        'for hotel guests on certain days. Nothing like that is in the contract.',
    },
    cost: {
      ofActing:
        'If I push back, the hotel may feel I am being difficult, and the contract could be at risk.',
      ofNotActing:
        'If I simply agree, rooms sit empty while my regular clients are turned away, and my ' +
        'staff lose bookings and tips on those days.',
      ofKeeping:
        'The hotel brings steady extra guests, but not if it quietly costs me my regulars.',
      ofLosing:
        'A welcome source of new guests; my regular clients are still the heart of the business.',
    },
    boundaries: {
      willing: [
        { id: item(), text: 'Serve hotel guests exactly as the contract says.' },
        { id: item(), text: 'Give hotel guests a fair chance at the busiest days.' },
      ],
      negotiable: [
        {
          id: item(),
          text: 'Setting aside treatment rooms for hotel guests on agreed days.',
          conditions:
            'The hotel gets first claim on that space. If no hotel guest has booked it 24 hours ' +
            'ahead, it goes back to my regular clients.',
        },
      ],
      willNot: [
        { id: item(), text: 'Keep rooms empty “just in case” a hotel guest turns up.' },
        { id: item(), text: 'Turn my regular clients away for bookings that never come.' },
      ],
    },
    power: {
      holder: 'me',
      why:
        'No other spa in the area comes close to our quality. That is the reason Rick came to ' +
        'me in the first place, and the hotel would struggle to replace us.',
      iBring: [
        { id: item(), text: 'The best treatments and staff within easy reach of the hotel.' },
        { id: item(), text: 'A reputation the hotel uses in its own marketing.' },
      ],
      theyBring: [
        {
          id: item(),
          text: 'A steady stream of new guests, many of them visitors with money to spend.',
        },
      ],
    },
    decision: {
      choice: 'keepWithConditions',
      rationale:
        'Keep the hotel and say yes to reserved space, on my terms: first claim for the hotel, ' +
        'released to my regulars when no hotel guest has booked 24 hours ahead.',
    },
    words: {
      script:
        'I’m glad your guests enjoy us, and I’d like to make this work. Here’s what I can offer: ' +
        'on the days you choose, your guests get first claim on the garden rooms. If none of ' +
        'them has booked by 24 hours before, I open those rooms to my regular clients. If that ' +
        'works for you, let’s add it to the contract in writing.',
      holdingAnswer:
        'That’s a reasonable thing to ask. Let me look at how it would work with my bookings ' +
        'and I’ll come back to you on Thursday.',
    },
    ifCrossedAgain:
      'Any further change goes through a written change to the contract first; until then the ' +
      'original terms apply.',
    review: {
      date: addDays(ctx.asOf, -12),
      outcome:
        'The hotel agreed and signed the change. Reserved days fill about two times out of ' +
        'three; the rest go to regulars the day before, and staff bookings are steady again.',
    },
  };
}
