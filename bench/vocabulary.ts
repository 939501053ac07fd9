/**
 * The word pools the corpus generator draws from. Every name is invented, so that generated claims never
 * attribute words to a real person; the places are real cities, which carry no such risk.
 * Nothing here may contain `]{`, `[@`, `"` or a backslash, so that any combination stays valid Gloss and valid YAML.
 */

export const FIRST_NAMES = [
  'Amira', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hamid', 'Ines', 'Jonas',
  'Kamala', 'Lucas', 'Mariam', 'Nikos', 'Olga', 'Pavel', 'Quentin', 'Rania', 'Sepideh', 'Tomas',
  'Ulla', 'Viktor', 'Wanjiru', 'Xavier', 'Yasmin', 'Zoran', 'Adele', 'Bashir', 'Carmen', 'Darius',
  'Esther', 'Florin', 'Giulia', 'Hiroshi', 'Ilse', 'Jamal', 'Katarina', 'Leila', 'Mateo', 'Nadia',
] as const;

export const LAST_NAMES = [
  'Abadi', 'Bergstrom', 'Castellano', 'Demir', 'Esposito', 'Farahani', 'Gashi', 'Halvorsen', 'Ibrahimi', 'Jansen',
  'Kovacs', 'Lindqvist', 'Moradi', 'Novak', 'Okafor', 'Petrescu', 'Quispe', 'Rahimi', 'Sorensen', 'Tahiri',
  'Urquhart', 'Varga', 'Wojcik', 'Xhafa', 'Yilmaz', 'Zeman', 'Amini', 'Brandt', 'Caruso', 'Dervishi',
  'Eklund', 'Ferreira', 'Grimaldi', 'Hosseini', 'Ivanova', 'Jovanovic', 'Karimi', 'Lombardi', 'Mansouri', 'Nyberg',
  'Oduya', 'Pellegrini', 'Rostami', 'Sadeghi', 'Tanaka', 'Ulrich', 'Vidal', 'Weber', 'Zamani', 'Kaya',
] as const;

export const ROLES = [
  'foreign minister', 'interior minister', 'spokesperson', 'opposition leader', 'central bank governor',
  'trade envoy', 'mayor', 'human rights lawyer', 'senior analyst', 'union leader', 'prosecutor', 'ambassador',
] as const;

export const CITIES = [
  'Tirana', 'Geneva', 'Nairobi', 'Lisbon', 'Ankara', 'Vienna', 'Oslo', 'Athens', 'Bucharest', 'Tbilisi',
  'Yerevan', 'Baku', 'Sarajevo', 'Skopje', 'Valletta', 'Riga', 'Vilnius', 'Tallinn', 'Helsinki', 'Dakar',
  'Accra', 'Lagos', 'Muscat', 'Doha', 'Amman', 'Beirut', 'Tunis', 'Rabat', 'Algiers', 'Cairo',
  'Brussels', 'Strasbourg', 'The Hague', 'Luxembourg', 'Ljubljana', 'Zagreb', 'Podgorica', 'Chisinau', 'Kyiv', 'Warsaw',
] as const;

export const ORGANIZATION_KINDS = [
  'Ministry of Energy', 'Ministry of the Interior', 'Electoral Commission', 'Port Authority', 'Water Board',
  'Audit Office', 'Refugee Council', 'Chamber of Commerce', 'Supreme Court', 'Statistics Office',
  'Anti-Corruption Agency', 'Health Inspectorate', 'Press Council', 'Grain Exchange', 'Rail Company',
] as const;

export const OUTLET_NAMES = [
  'Meridian Post', 'Harbour Ledger', 'Daily Lantern', 'Northern Courier', 'Capital Observer',
  'Coastal Herald', 'Evening Standard Wire', 'Continental Review', 'Border Gazette', 'Civic Tribune',
  'Morning Compass', 'Riverside Times', 'Atlas Monitor', 'Summit Dispatch', 'Plains Chronicle',
  'Delta Record', 'Highland Voice', 'Metro Bulletin', 'Open Square', 'Lighthouse News',
] as const;

export const GROUP_NAMES = [
  'Green Valley Farmers', 'Harbour Dockworkers Union', 'Students for Open Courts', 'Tenants Alliance',
  'Mountain Villages Network', 'Independent Journalists Circle', 'Veterans Association', 'Parents for Clean Air',
] as const;

export const EVENT_NAMES = [
  'Spring Summit', 'Harbour Strike', 'Flood Inquiry', 'Budget Vote', 'Border Talks', 'Election Recount',
  'Grain Corridor Agreement', 'Pipeline Hearing', 'Data Leak Inquiry', 'Water Rights Referendum',
] as const;

export const WORK_NAMES = [
  'Annual Transparency Report', 'Coastal Resilience Plan', 'White Paper on Energy', 'Charter of Press Freedom',
  'Five-Year Rail Strategy', 'Census Methodology Note',
] as const;

export const TOPICS = [
  'the port expansion', 'the grain corridor', 'the new data law', 'the water tariffs', 'the pipeline route',
  'the election recount', 'the flood defences', 'the rail tender', 'the press accreditation rules', 'the budget deficit',
  'the refugee reception centres', 'the mining licences', 'the hospital closures', 'the energy subsidies', 'the border crossings',
] as const;

export const HEADINGS = [
  'Background', 'What was said', 'Reactions in the capital', 'The numbers', 'A disputed timeline',
  'What comes next', 'The view from the provinces', 'Questions left open', 'The legal picture', 'Earlier coverage',
  'Inside the negotiations', 'Who pays', 'A familiar pattern', 'On the ground', 'The official account',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Prose sentences with slots: `{topic}`, `{city}`, `{day}`, `{number}`, `{percent}`. */
export const PROSE = [
  'Talks on {topic} resumed on {day} after a pause of almost {number} weeks.',
  'Officials in {city} have so far declined to publish the full text of the agreement.',
  'The debate over {topic} has divided the governing coalition since the spring.',
  'Local residents told reporters that they had learned of the plan from social media, not from the council.',
  'According to figures released on {day}, spending on {topic} rose by {percent} per cent last year.',
  'Several smaller parties said they would wait for the committee report before taking a position.',
  'The timetable has slipped twice, and critics doubt that the latest date will hold.',
  'In {city}, a crowd of several hundred gathered outside the ministry on {day} evening.',
  'None of the documents seen by this newspaper mention {topic} directly.',
  'Analysts note that the same arguments were made when a similar proposal failed {number} years ago.',
  'The opposition has called for an independent inquiry and for the minutes of every meeting to be released.',
  'Diplomats in {city} described the atmosphere as tense but businesslike.',
  'A spokesperson for the regional government said the figures were being checked and would be corrected if needed.',
  'Business groups welcomed the announcement but asked for more detail on {topic}.',
  'The issue is expected to return to parliament before the summer recess.',
  'Independent monitors counted at least {number} incidents during the first week alone.',
  'Court filings show that the contract was amended {number} times before it was signed.',
  'Neither side has published the technical annex that would settle the question.',
  'The ministry did not respond to repeated requests for comment by the time of publication.',
  'Union representatives said that about {percent} per cent of their members had taken part in the vote.',
] as const;

/** Assertions that become the text of claims: `{topic}`, `{number}`, `{percent}`, `{day}` slots. */
export const CLAIMS = [
  'the agreement on {topic} was signed without a vote in cabinet',
  'more than {number} families have been affected since {day}',
  'the budget for {topic} was cut by {percent} per cent',
  'the tender was awarded to a company with no prior experience',
  'the security services had warned about the risk months earlier',
  'the figures on {topic} were revised after the election',
  'the state had already paid {number} million in advance',
  'no environmental assessment was carried out before the work began',
  'the documents were handed over to a foreign government',
  'the inquiry into {topic} had been closed without a report',
  'turnout fell to {percent} per cent in the northern districts',
  'the ministry knew about the leak on {day} and said nothing',
] as const;

/** Words that become direct quotations. */
export const QUOTES = [
  'We will not accept a deal that was written behind closed doors.',
  'The numbers speak for themselves, and they are not good.',
  'Nobody in this building was told about the transfer.',
  'This is a matter for the courts, not for the newspapers.',
  'We have nothing to hide and we will publish everything.',
  'The people of this region deserve the truth about what happened.',
  'Part of the material has already been returned.',
  'I have seen no evidence that supports these allegations.',
] as const;

export const VERBS_OF_SAYING = ['said', 'told reporters', 'claimed', 'insisted', 'argued', 'stated', 'wrote'] as const;

/** Second halves of headlines: `{city}` is a plain city name. */
export const HEADLINES = [
  'questions mount in {city}',
  'officials in {city} decline to comment',
  'what the documents show',
  'a deal under pressure',
  'the view from {city}',
  'critics ask who knew what, and when',
  'new figures, old doubts',
  'a timeline of the dispute',
] as const;
