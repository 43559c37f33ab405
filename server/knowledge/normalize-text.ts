// Candidates type fast, on phones, often in a second language: "cant open ur link
// pls", "assesment expierd??". Both the knowledge base and every query go through
// this one function, so whatever it folds together matches on both sides.

/** Contractions, with and without the apostrophe (people rarely type it in chat). */
const CONTRACTIONS: Record<string, string> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', wont: 'will not',
  "don't": 'do not', dont: 'do not', "doesn't": 'does not', doesnt: 'does not', "didn't": 'did not',
  didnt: 'did not', "isn't": 'is not', isnt: 'is not', "wasn't": 'was not', wasnt: 'was not',
  "aren't": 'are not', arent: 'are not', "weren't": 'were not', werent: 'were not',
  "haven't": 'have not', havent: 'have not', "hasn't": 'has not', hasnt: 'has not',
  "hadn't": 'had not', hadnt: 'had not', "couldn't": 'could not', couldnt: 'could not',
  "wouldn't": 'would not', wouldnt: 'would not', "shouldn't": 'should not', shouldnt: 'should not',
  "i'm": 'i am', im: 'i am', "i've": 'i have', ive: 'i have', "i'll": 'i will', "i'd": 'i would',
  "it's": 'it is', "that's": 'that is', thats: 'that is', "what's": 'what is', whats: 'what is',
  "there's": 'there is', "let's": 'let us',
};

/** Chat shorthand and misspellings seen in support inboxes, mapped to the word meant. */
const SPELLING: Record<string, string> = {
  pls: 'please', plz: 'please', plss: 'please', pleas: 'please', u: 'you', ur: 'your', r: 'are',
  thx: 'thanks', thnx: 'thanks', ty: 'thanks', msg: 'message', msgs: 'messages', coz: 'because',
  cuz: 'because', bcoz: 'because', bc: 'because', wat: 'what', wht: 'what', abt: 'about',
  b4: 'before', n: 'and', nd: 'and', w: 'with', wth: 'with', cn: 'can', nt: 'not', k: 'ok',
  okay: 'ok', tmrw: 'tomorrow', tmr: 'tomorrow', tomorow: 'tomorrow', tommorow: 'tomorrow',
  mins: 'minutes', hrs: 'hours', secs: 'seconds', info: 'information', pic: 'picture',
  recieve: 'receive', recieved: 'received', recived: 'received', receieved: 'received',
  assesment: 'assessment', assessmnt: 'assessment', asessment: 'assessment', assesmnt: 'assessment',
  assement: 'assessment', asesment: 'assessment', assessement: 'assessment',
  interveiw: 'interview', intervew: 'interview', interviw: 'interview', inteview: 'interview',
  expierd: 'expired', expird: 'expired', expried: 'expired', expiered: 'expired', experied: 'expired',
  exprired: 'expired', expaired: 'expired', acess: 'access', acces: 'access', accesss: 'access',
  camra: 'camera', camer: 'camera', camara: 'camera', micrphone: 'microphone', microfone: 'microphone',
  michrophone: 'microphone', mircophone: 'microphone', wrking: 'working', workin: 'working',
  wroking: 'working', wokring: 'working', workng: 'working', extention: 'extension',
  extnsion: 'extension', submited: 'submitted', sumbitted: 'submitted', submittted: 'submitted',
  submiting: 'submitting', submition: 'submission', recrutier: 'recruiter', recuiter: 'recruiter',
  recruter: 'recruiter', recriuter: 'recruiter', reciever: 'receiver', adress: 'address',
  emial: 'email', emal: 'email', mail: 'email',
  plase: 'please', becuase: 'because', beacuse: 'because', untill: 'until', dissapeared: 'disappeared',
  disapeared: 'disappeared', refesh: 'refresh', refersh: 'refresh', broswer: 'browser',
  browsr: 'browser', brower: 'browser', conection: 'connection', connnection: 'connection',
  disconected: 'disconnected', recordin: 'recording', questoin: 'question',
  qustion: 'question', questin: 'question', pasword: 'password', reminer: 'reminder',
  remider: 'reminder', deadlne: 'deadline', dealine: 'deadline', dedline: 'deadline',
  invitaion: 'invitation', invitaton: 'invitation', inivitation: 'invitation', invte: 'invite',
  canceled: 'cancelled',
};

/** Prefixes that glue to the next word when hyphenated ("re-send" is "resend"). */
const GLUED_PREFIXES = new Set(['re', 'e', 'wi', 'pre', 'co', 'non', 'sign', 'log']);

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const MARKS = /\p{M}+/gu;
const HYPHENATED = /\b(\p{L}+)-(?=\p{L})/gu;
const NON_WORD = /[^\p{L}\p{N}']+/gu;

function unhyphenate(text: string): string {
  return text.replace(HYPHENATED, (match, head: string) => (GLUED_PREFIXES.has(head) ? head : `${head} `));
}

function mapWord(word: string): string {
  const bare = word.replace(/^'+|'+$/g, '');
  const expanded = CONTRACTIONS[bare] ?? bare.replace(/'s$/, '');
  if (expanded !== bare) return expanded;
  return SPELLING[bare] ?? bare.replace(/'/g, '');
}

/**
 * Lower case, no accents or punctuation, contractions expanded, common chat
 * misspellings fixed, single spaces. Empty string when nothing word-like remains.
 */
export function normalizeText(text: string): string {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
  const words = unhyphenate(folded).replace(NON_WORD, ' ').trim().split(' ');
  return words
    .map(mapWord)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
