import Fuse from 'fuse.js';
const vocab = ['expir','assessment','camera','microphone','work','extension','submit','recruit','reminder','interview','access','refresh','connect','disconnect','browser','permission','retak','complet','remind','resum'];
const f = new Fuse(vocab, { includeScore: true, threshold: 0.4, ignoreLocation: true });
for (const q of ['expird','wrkng','exension','sumbit','remnder','intervw','acces','permision','brwser','reume','complte']) console.log(q, f.search(q, {limit:3}).map(r=>`${r.item}:${r.score?.toFixed(3)}`).join(' '));
