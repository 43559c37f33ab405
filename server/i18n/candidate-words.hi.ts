import type { CandidateWords } from './candidate-words';
// Hindi words of the server for candidates (English source: ./candidate-words.ts).
export const hi: CandidateWords = {
  kindLabels: { assessment: 'असेसमेंट', ai_interview: 'AI इंटरव्यू', video_interview: 'वीडियो इंटरव्यू' },
  newerLinkStates: {
    'link-valid': 'इस्तेमाल के लिए तैयार',
    'in-progress-resume': 'शुरू हो चुका है और अभी खुला है, इसलिए आप इसे जारी रख सकते हैं',
    'link-expired': 'यह भी एक्सपायर हो चुका है',
    'already-completed': 'पहले ही पूरा हो चुका है',
    'completed-unexpectedly': 'प्लेटफ़ॉर्म ने पहले ही बंद कर दिया है',
    'job-closed': 'बंद है, क्योंकि यह जॉब अब खुली नहीं है',
    'link-revoked': 'कंपनी ने बंद कर दिया है',
    'access-limit-exceeded': 'बहुत बार खोलने की वजह से लॉक हो गया है',
    'link-superseded': 'एक और इनविटेशन से बदल दिया गया है',
    'link-not-found': 'नहीं मिला',
  },
  jobStatuses: { open: 'खुली', paused: 'पॉज़ की गई', closed: 'बंद' },
  lessThanAMinute: 'एक मिनट से कम',
  translationPending: 'इस जवाब का हिंदी अनुवाद अभी तैयार नहीं है, इसलिए इसे अंग्रेज़ी में दिखाया जा रहा है।',
  foreignLink:
    'यह लिंक {host} पर है, {ours} पर नहीं, जहाँ हमारे लिंक होते हैं। इसे न खोलें और वहाँ कुछ भी न भरें; इसके बजाय अपने इनविटेशन ईमेल से लिंक कॉपी करें।',
  mail: {
    roles: { bot: 'असिस्टेंट', candidate: 'आप', recruiter: 'रिक्रूटर', agent: 'सपोर्ट', system: 'सूचना' },
    transcriptSubject: '"{jobTitle}" के बारे में आपकी हेल्प चैट',
    transcriptSubjectNoJob: 'आपकी हेल्प चैट',
    transcriptIntro: 'यह रही वह बातचीत जो आपने माँगी थी, जैसी वह माँगने के समय थी।',
    transcriptFooter:
      'आपको यह ईमेल इसलिए मिला क्योंकि आपके इनविटेशन लिंक की हेल्प चैट में किसी ने इसे माँगा था। यह सिर्फ़ उसी इनविटेशन वाले ईमेल पते पर भेजा जाता है।',
    extendedSubject: '"{jobTitle}" के लिए आपकी डेडलाइन अब {deadline} है',
    extendedSubjectNoJob: 'आपकी डेडलाइन अब {deadline} है',
    extendedBody: '"{jobTitle}" के लिए आपकी डेडलाइन अब {deadline} है।',
    extendedBodyNoJob: 'आपकी डेडलाइन अब {deadline} है।',
    openLinkToContinue: 'आगे बढ़ने के लिए अपना लिंक खोलें: {url}',
    openEmailLinkToContinue: 'आगे बढ़ने के लिए अपने इनविटेशन ईमेल वाला लिंक खोलें।',
    doNotShare: 'यह लिंक सिर्फ़ आपके लिए है: कृपया इसे किसी के साथ शेयर न करें।',
    linkSubject: '"{jobTitle}" के लिए आपका लिंक',
    linkIntro: '"{jobTitle}" के लिए आपका लिंक यह रहा:',
    resentIntro: 'आपने "{jobTitle}" के लिए अपना लिंक फिर से माँगा था। यह रहा:',
    worksUntil: 'यह {deadline} तक काम करेगा।',
    ignoreIfNotYou: 'अगर आपने यह नहीं माँगा था, तो इस ईमेल को अनदेखा कर सकते हैं।',
    replySubject: 'आपकी रिक्वेस्ट का जवाब',
    reference: 'रेफ़रेंस: {reference}',
  },
};
