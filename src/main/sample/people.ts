/**
 * Name and workplace banks for sample people. First and last names are combined freely and come
 * from many cultures, as a coach's real client list would. All invented.
 */

/** Split a `|`-separated bank (one string keeps long banks compact). */
function words(bank: string): string[] {
  return bank.split('|');
}

export const FIRST_NAMES: readonly string[] = words(
  'Aisha|Amara|Andrés|Anja|Arjun|Beatriz|Bilal|Camille|Chen|Chloé|Dagny|Daniel|' +
    'Deepa|Diego|Efua|Elena|Emeka|Fatima|Felix|Giulia|Hana|Hamid|Ingrid|Isabel|Jamal|' +
    'Javier|Jia|Joanna|Kai|Kamala|Kenji|Kofi|Laila|Lars|Leilani|Lucía|Malik|Marek|' +
    'Maryam|Mateo|Mei|Mihail|Nadia|Naledi|Nikolai|Noor|Oluwaseun|Omar|Priya|Rafael|' +
    'Ravi|Rosa|Ruth|Samir|Sana|Siobhán|Sofia|Sunita|Tariq|Thandiwe|Tomasz|Valentina|' +
    'Viktor|Wei|Yara|Yusuf|Zainab|Zoltan|Grace|Owen',
);

export const LAST_NAMES: readonly string[] = words(
  'Abara|Adeyemi|Andersen|Bakker|Banerjee|Castillo|Chaudhry|Chen|Costa|Dimitrov|' +
    'Dubois|Eriksson|Fernández|Fischer|Gallagher|García|Haddad|Hashemi|Horvat|' +
    'Ibrahim|Ito|Jansen|Kamau|Kaur|Kim|Kowalski|Lindqvist|Mahlangu|Martins|Mensah|' +
    'Moreau|Murphy|Nakamura|Nguyen|Novak|Nowak|Okafor|Okoro|Olsen|Osei|Patel|Petrov|' +
    'Quispe|Rahman|Reyes|Rossi|Saito|Santos|Schmidt|Sharma|Silva|Singh|Sørensen|' +
    "Tanaka|Torres|Van der Berg|Vargas|Wang|Wiśniewska|Yilmaz|Zhang|Zulu|O'Connell|" +
    'MacLeod',
);

/** Workplaces with the kind of roles their people hold. */
export const WORKPLACES = [
  { org: 'Northwind Logistics', roles: ['Operations Manager', 'Warehouse Team Lead', 'Planner'] },
  { org: 'Bluefern Health Trust', roles: ['Ward Manager', 'Clinical Educator', 'Practice Nurse'] },
  { org: 'Copperleaf Software', roles: ['Engineering Manager', 'Senior Developer', 'QA Lead'] },
  { org: 'Meridian Credit Union', roles: ['Branch Manager', 'Loan Officer', 'Risk Analyst'] },
  { org: 'Tidewater City Council', roles: ['Policy Officer', 'Head of Housing', 'Team Leader'] },
  { org: 'Oakridge Academy', roles: ['Deputy Head', 'Head of Science', 'Teacher'] },
  { org: 'Saffron & Salt Restaurants', roles: ['General Manager', 'Head Chef', 'Sous Chef'] },
  { org: 'Lumen Design Studio', roles: ['Creative Director', 'UX Designer', 'Studio Manager'] },
  { org: 'Greystone Engineering', roles: ['Project Engineer', 'Site Manager', 'Estimator'] },
  { org: 'Harbour Street Pharmacy', roles: ['Pharmacist', 'Store Manager'] },
  { org: 'Verdant Renewables', roles: ['Field Technician', 'Programme Manager', 'Data Analyst'] },
  { org: 'Atlas Legal LLP', roles: ['Associate', 'Practice Manager', 'Paralegal'] },
  { org: 'Kestrel Marketing', roles: ['Account Director', 'Content Strategist', 'Founder'] },
  { org: 'Pinecrest Care Homes', roles: ['Care Manager', 'Activities Coordinator'] },
  {
    org: 'Self-employed',
    roles: ['Freelance Photographer', 'Independent Consultant', 'Bookkeeper'],
  },
  { org: 'Riverbend University', roles: ['Research Fellow', 'Lecturer', 'Head of Admissions'] },
] as const;
