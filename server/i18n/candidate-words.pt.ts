import type { CandidateWords } from './candidate-words';

// Portuguese (Brazil) words of the server for candidates (English source: ./candidate-words.ts).
export const pt: CandidateWords = {
  kindLabels: { assessment: 'avaliação', ai_interview: 'entrevista com IA', video_interview: 'entrevista em vídeo' },
  newerLinkStates: {
    'link-valid': 'pronto para usar',
    'in-progress-resume': 'já iniciado e ainda aberto, então você pode retomá-lo',
    'link-expired': 'também expirado',
    'already-completed': 'já concluído',
    'completed-unexpectedly': 'já encerrado pela plataforma',
    'job-closed': 'encerrado porque a vaga não está mais aberta',
    'link-revoked': 'desativado pela empresa',
    'access-limit-exceeded': 'bloqueado por excesso de acessos',
    'link-superseded': 'substituído por outro convite',
    'link-not-found': 'não encontrado',
  },
  jobStatuses: { open: 'aberta', paused: 'pausada', closed: 'encerrada' },
  lessThanAMinute: 'menos de um minuto',
  refusals: {
    connections: 'Há conexões demais a partir da sua rede. Tente de novo em {wait}.',
    reconnecting: 'Este chat está reconectando vezes demais. Aguarde um minuto, por favor.',
    newChats: 'Foram abertos chats novos demais a partir da sua rede. Tente de novo em {wait}.',
    unknownLinks: 'Foram testados links inexistentes demais a partir da sua rede. Tente de novo em {wait}.',
    tabs: 'Este chat está aberto em abas demais. Feche uma e tente de novo.',
  },
  translationPending: 'Esta resposta ainda não foi traduzida para o português, por isso aparece em inglês.',
  foreignLink:
    'Este link está em {host}, e não em {ours}, onde ficam os nossos links. Não abra esse link nem digite nada nele; em vez disso, copie o link do seu e-mail de convite.',
  escalationSent: 'Sua solicitação {reference} foi enviada para {who}. Você verá a resposta aqui e por e-mail.',
  ourSupportTeam: 'nossa equipe de suporte',
  ticketExtended: 'O prazo do seu link foi prorrogado: agora ele funciona até {deadline}.',
  ticketReset: 'Seu link foi redefinido: você pode abrir o mesmo link de novo e começar do zero.',
  ticketLinkSent: 'Um link foi enviado para o endereço de e-mail que recebeu o seu convite. Use esse link, que é o mais recente.',
  browserAdvice: {
    steps: {
      iosSettings:
        'No iPhone ou iPad: abra o app Ajustes, encontre o seu navegador (no caso do Safari: Apps e depois Safari), defina Câmera e Microfone como Permitir e depois volte e recarregue a página.',
      chromeAndroid:
        'No Chrome para Android: toque no ícone à esquerda da barra de endereço, abra Permissões, permita Câmera e Microfone e recarregue a página. Se o próprio Chrome estiver bloqueado: Configurações do Android, Apps, Chrome, Permissões.',
      chrome:
        'No Chrome: clique no ícone à esquerda da barra de endereço, abra Configurações do site, defina Câmera e Microfone como Permitir e recarregue a página.',
      edge: 'No Edge: clique no ícone de cadeado à esquerda da barra de endereço, abra Permissões para este site, defina Câmera e Microfone como Permitir e recarregue a página.',
      firefox:
        'No Firefox: clique no ícone de permissões na barra de endereço, remova a opção Bloqueado de Câmera e Microfone e depois recarregue a página e escolha Permitir.',
      safari: 'No Safari: abra o menu Safari, Ajustes para Este Site, defina Câmera e Microfone como Permitir e recarregue a página.',
      other:
        'Abra as configurações do site desta página (geralmente no ícone à esquerda da barra de endereço), permita Câmera e Microfone e recarregue a página.',
    },
    unsupportedBrowser: 'O Internet Explorer não consegue abrir estas páginas. Em vez dele, abra o link no Chrome, Edge, Firefox ou Safari.',
    oldBrowser: 'O {browser} {version} está desatualizado. Atualize-o (ou use outro navegador atualizado) e abra o link de novo.',
    cameraAndMicrophoneBlocked: 'Sua câmera e seu microfone estão bloqueados para este site. {steps}',
    cameraBlocked: 'Sua câmera está bloqueada para este site. {steps}',
    microphoneBlocked: 'Seu microfone está bloqueado para este site. {steps}',
    mediaTestFailed: 'O teste de {failed} falhou. {cause}',
    failedCamera: 'câmera',
    failedMicrophone: 'microfone',
    failedBoth: 'câmera e microfone',
    causeDefault:
      'Feche outros programas que possam estar usando a câmera ou o microfone (chamadas de vídeo, outra aba), verifique a permissão e teste de novo.',
    causeNotFound: 'Nenhum dispositivo foi encontrado: conecte uma câmera ou um headset, ou use um aparelho que já tenha um.',
    causeBusy: 'Outro programa está usando o dispositivo: feche os apps de chamada de vídeo e as outras abas e teste de novo.',
    slowNetwork: 'Sua conexão está lenta. Fique mais perto do roteador, mude para uma rede mais estável ou feche downloads e outros vídeos antes de começar.',
    offline: 'Seu navegador indica que está sem conexão. Reconecte-se ao Wi-Fi ou aos dados móveis e recarregue a página.',
    storageBlocked:
      'Os cookies ou o armazenamento do site estão bloqueados (navegação privada ou anônima, ou uma configuração restritiva). Permita-os para o site da entrevista ou use uma janela normal.',
  },
  mail: {
    roles: { bot: 'Assistente', candidate: 'Você', recruiter: 'Recrutador', agent: 'Suporte', system: 'Aviso' },
    transcriptSubject: 'Sua conversa de ajuda sobre "{jobTitle}"',
    transcriptSubjectNoJob: 'Sua conversa de ajuda',
    transcriptIntro: 'Aqui está a conversa que você pediu, do jeito que estava no momento do pedido.',
    transcriptFooter:
      'Você recebeu este e-mail porque alguém o solicitou no chat de ajuda do seu link de convite. Ele é enviado somente para o endereço desse convite.',
    extendedSubject: 'Seu prazo para "{jobTitle}" agora é {deadline}',
    extendedSubjectNoJob: 'Seu prazo agora é {deadline}',
    extendedBody: 'Seu prazo para "{jobTitle}" agora é {deadline}.',
    extendedBodyNoJob: 'Seu prazo agora é {deadline}.',
    openLinkToContinue: 'Abra seu link para continuar: {url}',
    openEmailLinkToContinue: 'Abra o link do seu e-mail de convite para continuar.',
    doNotShare: 'Ele é exclusivo para você: por favor, não compartilhe.',
    linkSubject: 'Seu link para "{jobTitle}"',
    linkIntro: 'Aqui está o seu link para "{jobTitle}":',
    resentIntro: 'Você pediu de novo o seu link para "{jobTitle}". Aqui está:',
    worksUntil: 'Ele funciona até {deadline}.',
    ignoreIfNotYou: 'Se não foi você que pediu, pode ignorar este e-mail.',
    replySubject: 'Resposta à sua solicitação',
    reference: 'Referência: {reference}',
  },
};
