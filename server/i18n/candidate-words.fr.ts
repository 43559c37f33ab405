import type { CandidateWords } from './candidate-words';

// French words of the server for candidates (English source: CANDIDATE_WORDS_EN in ./candidate-words.ts).
export const fr: CandidateWords = {
  kindLabels: { assessment: 'évaluation', ai_interview: 'entretien IA', video_interview: 'entretien vidéo' },
  newerLinkStates: {
    'link-valid': 'prêt à être utilisé',
    'in-progress-resume': 'commencé et encore ouvert : vous pouvez donc reprendre',
    'link-expired': 'lui aussi expiré',
    'already-completed': 'déjà terminé',
    'completed-unexpectedly': 'déjà clôturé par la plateforme',
    'job-closed': 'fermé, car l’offre n’est plus ouverte',
    'link-revoked': 'désactivé par l’entreprise',
    'access-limit-exceeded': 'bloqué après trop d’ouvertures',
    'link-superseded': 'remplacé par une autre invitation',
    'link-not-found': 'introuvable',
  },
  jobStatuses: { open: 'ouverte', paused: 'en pause', closed: 'fermée' },
  lessThanAMinute: 'moins d’une minute',
  refusals: {
    connections: 'Trop de connexions depuis votre réseau. Réessayez dans {wait}.',
    reconnecting: 'Ce chat se reconnecte trop souvent. Patientez une minute, s’il vous plaît.',
    newChats: 'Trop de nouveaux chats ouverts depuis votre réseau. Réessayez dans {wait}.',
    unknownLinks: 'Trop de liens inexistants ont été essayés depuis votre réseau. Réessayez dans {wait}.',
    tabs: 'Ce chat est ouvert dans trop d’onglets. Fermez-en un et réessayez.',
  },
  translationPending: 'Cette réponse n’est pas encore traduite en français, elle s’affiche donc en anglais.',
  foreignLink:
    'Ce lien se trouve sur {host}, et non sur {ours}, où se trouvent nos liens. Ne l’ouvrez pas et n’y saisissez rien ; copiez plutôt le lien de votre e-mail d’invitation.',
  escalationSent: 'Votre demande {reference} a été transmise à {who}. Vous verrez la réponse ici et par e-mail.',
  ourSupportTeam: 'notre équipe d’assistance',
  ticketExtended: 'Votre lien a été prolongé : il fonctionne désormais jusqu’au {deadline}.',
  ticketReset: 'Votre lien a été réinitialisé : vous pouvez rouvrir le même lien et tout recommencer.',
  ticketLinkSent: 'Un lien a été envoyé à l’adresse e-mail qui a reçu votre invitation. Utilisez ce lien, c’est le plus récent.',
  browserAdvice: {
    steps: {
      iosSettings:
        'Sur iPhone ou iPad : ouvrez l’app Réglages, trouvez votre navigateur (pour Safari : Apps, puis Safari), réglez Caméra et Micro sur Autoriser, puis revenez ici et rechargez la page.',
      chromeAndroid:
        'Dans Chrome sur Android : touchez l’icône à gauche de la barre d’adresse, ouvrez Autorisations, autorisez Caméra et Micro, puis rechargez la page. Si Chrome lui-même est bloqué : Paramètres Android, Applications, Chrome, Autorisations.',
      chrome:
        'Dans Chrome : cliquez sur l’icône à gauche de la barre d’adresse, ouvrez Paramètres du site, réglez Caméra et Micro sur Autoriser, puis rechargez la page.',
      edge: 'Dans Edge : cliquez sur l’icône du cadenas à gauche de la barre d’adresse, ouvrez Autorisations pour ce site, réglez Caméra et Micro sur Autoriser, puis rechargez la page.',
      firefox:
        'Dans Firefox : cliquez sur l’icône des permissions dans la barre d’adresse, supprimez le réglage Bloqué pour Utiliser la caméra et Utiliser le microphone, puis rechargez la page et choisissez Autoriser.',
      safari: 'Dans Safari : ouvrez le menu Safari, Réglages pour ce site web, réglez Caméra et Micro sur Autoriser, puis rechargez la page.',
      other:
        'Ouvrez les paramètres du site de cette page (en général l’icône à gauche de la barre d’adresse), autorisez la caméra et le micro, puis rechargez la page.',
    },
    unsupportedBrowser: 'Internet Explorer ne peut pas ouvrir ces pages. Ouvrez plutôt le lien dans Chrome, Edge, Firefox ou Safari.',
    oldBrowser: '{browser} {version} n’est plus à jour. Mettez-le à jour (ou utilisez un autre navigateur à jour), puis rouvrez le lien.',
    cameraAndMicrophoneBlocked: 'Votre caméra et votre micro sont bloqués pour ce site. {steps}',
    cameraBlocked: 'Votre caméra est bloquée pour ce site. {steps}',
    microphoneBlocked: 'Votre micro est bloqué pour ce site. {steps}',
    mediaTestFailed: 'Le test {failed} a échoué. {cause}',
    failedCamera: 'de la caméra',
    failedMicrophone: 'du micro',
    failedBoth: 'de la caméra et du micro',
    causeDefault:
      'Fermez les autres programmes qui pourraient utiliser la caméra ou le micro (appels vidéo, autre onglet), vérifiez l’autorisation, puis refaites le test.',
    causeNotFound: 'Aucun appareil n’a été détecté : branchez une caméra ou un casque avec micro, ou utilisez un appareil qui en est équipé.',
    causeBusy: 'Un autre programme utilise déjà l’appareil : fermez les applications d’appel vidéo et les autres onglets, puis refaites le test.',
    slowNetwork:
      'Votre connexion est lente. Rapprochez-vous de votre box ou de votre routeur, passez sur un réseau plus stable, ou fermez les téléchargements et les autres vidéos avant de commencer.',
    offline: 'Votre navigateur indique qu’il est hors ligne. Reconnectez-vous au Wi-Fi ou aux données mobiles, puis rechargez la page.',
    storageBlocked:
      'Les cookies ou le stockage du site sont bloqués (navigation privée ou réglage strict). Autorisez-les pour le site de l’entretien, ou utilisez une fenêtre normale.',
  },
  mail: {
    roles: { bot: 'Assistant', candidate: 'Vous', recruiter: 'Recruteur', agent: 'Support', system: 'Information' },
    transcriptSubject: 'Votre conversation d’aide au sujet de « {jobTitle} »',
    transcriptSubjectNoJob: 'Votre conversation d’aide',
    transcriptIntro: 'Voici la conversation que vous avez demandée, telle qu’elle était au moment de votre demande.',
    transcriptFooter:
      'Vous recevez cet e-mail parce que quelqu’un l’a demandé dans le chat d’aide de votre lien d’invitation. Il est envoyé uniquement à l’adresse de cette invitation.',
    extendedSubject: 'Votre date limite pour « {jobTitle} » est désormais le {deadline}',
    extendedSubjectNoJob: 'Votre date limite est désormais le {deadline}',
    extendedBody: 'Votre date limite pour « {jobTitle} » est désormais le {deadline}.',
    extendedBodyNoJob: 'Votre date limite est désormais le {deadline}.',
    openLinkToContinue: 'Ouvrez votre lien pour continuer : {url}',
    openEmailLinkToContinue: 'Ouvrez le lien de votre e-mail d’invitation pour continuer.',
    doNotShare: 'Ce lien vous est personnel : merci de ne pas le partager.',
    linkSubject: 'Votre lien pour « {jobTitle} »',
    linkIntro: 'Voici votre lien pour « {jobTitle} » :',
    resentIntro: 'Vous avez redemandé votre lien pour « {jobTitle} ». Le voici :',
    worksUntil: 'Il fonctionne jusqu’au {deadline}.',
    ignoreIfNotYou: 'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.',
    replySubject: 'Réponse à votre demande',
    reference: 'Référence : {reference}',
  },
};
