import type { BotCatalogue } from './bot-catalogue';

// Portuguese sentences the bot composes itself (English source: ./bot-words.ts).
export const pt: BotCatalogue = {
  words: {
    'bot.greeting':
      'Oi! Posso verificar o que está acontecendo com o seu link de avaliação ou entrevista.\n' +
      'Cole aqui o link do seu convite ou me conte em poucas palavras o que aparece quando você abre.',
    'bot.gateway.opening':
      'Esta página mostra o que aconteceu com o seu link: {{stateTitle}}. Pode me perguntar o que quiser sobre isso ou escolher uma pergunta abaixo.',
    'bot.smallTalk':
      'Estou aqui para ajudar com o seu link. O que acontece quando você abre? A mensagem exata que aparece na tela ajuda bastante.',
    'bot.unsure': 'Quero entender direitinho. É uma destas situações?',
    'bot.unsure.none': 'Não entendi muito bem. Pode explicar de outro jeito? A mensagem exata que aparece na tela ajuda bastante.',
    'bot.rephrase':
      'Pode me contar de outro jeito o que está acontecendo? A mensagem exata da tela ajuda, ou então posso colocar você em contato com uma pessoa.',
    'bot.askForLink': 'Cole aqui o link do seu convite e eu verifico a situação real dele.',
    'bot.didThisHelp': 'Isso ajudou?',
    'bot.shownAbove': 'Expliquei isso mais acima: {{articleTitle}}. Resumindo: {{articleSummary}}',
    'bot.alsoMentioned': 'Você também mencionou outra coisa; é só escolher abaixo quando quiser.',
    'bot.nextBest': 'Poxa, não era isso. Talvez isto se encaixe melhor:',
    'bot.offerPerson':
      'Desculpe, não consegui resolver. O recrutador pode analisar o seu caso: posso encaminhar o seu problema com todos os detalhes.',
    'bot.solved': 'Que bom que deu certo. Boa sorte!',
    'bot.handedOver.intro':
      'Sua mensagem foi enviada para {{recruiterName|o recrutador}}, que consegue ver esta conversa e vai responder aqui e por e-mail.',
    'bot.extend.offer': 'Esta empresa permite que eu prorrogue o seu link por {{hours}} horas, assim que você confirmar.',
    'bot.extend.confirm': 'Prorrogar o seu link por {{hours}} horas? Ele vai funcionar até {{newDeadline}}.',
    'bot.extend.done': 'Pronto: o seu novo prazo é {{deadlineLocal}}. Abra o link de {{kindLabel|convite}} quando quiser.',
    'bot.extend.limit':
      'Não consigo prorrogar este link de novo por conta própria; quem decide é {{recruiterName|o recrutador}}. Posso encaminhar o seu pedido com todos os detalhes.',
    'bot.extend.unavailable': 'Não consigo prorrogar este link: {{reason}}',
    'bot.extend.cancelled': 'Tudo bem, nada foi alterado.',
    'bot.resend.done':
      'Enviei o seu link para {{candidateEmail|o endereço que recebeu o seu convite}}. Confira a caixa de entrada e a pasta de spam.',
    'bot.resend.limit':
      'Já enviei o seu link algumas vezes na última hora. Dê uma olhada na sua caixa de entrada e na pasta de spam.',
    'bot.resend.unavailable': 'Não consigo reenviar este link: ele não funciona mais.',
    'bot.fromBrowserCheck': 'Pela verificação do seu navegador:',
    'bot.escalationIntro': 'Veja como falar com uma pessoa sobre isso.',
    'bot.escalationPending': 'Ainda não consigo encaminhar isso pelo chat. O caminho mais rápido até uma pessoa é o recrutador:',
    'bot.browserFine': 'A verificação do seu navegador não encontrou nenhum problema: o navegador, as configurações dele e a conexão parecem estar em ordem.',
    'bot.allowWhenAsked': 'Quando a página pedir para usar a sua câmera e o seu microfone, escolha "Permitir".',
    'bot.browserProblems': 'A verificação do seu navegador encontrou algo para corrigir:',
    'bot.linkUpdate': 'Atualização:',
  },
  topicLeads: {
    'camera-mic-permission': 'Não são a sua câmera e o seu microfone que estão impedindo você',
    'page-wont-load': 'A página não está falhando por causa do seu navegador',
    'stuck-loading': 'A tela de carregamento não é um problema do seu lado',
    'lost-connection': 'Não é a sua conexão que está bloqueando você agora',
    'start-new-by-mistake': 'Ter começado de novo não é o que está bloqueando você agora',
    'submitted-need-change': 'Não é possível alterar respostas neste link',
    'thinking-time-ran-out': 'Não é o cronômetro que está impedindo você',
    'retake-response': 'Não é possível regravar respostas neste link',
    'reminder-after-close': 'Lembretes ainda podem ser enviados depois que um link para de funcionar',
    'mobile-device': 'Não é o seu aparelho que está impedindo você',
    'no-response-after-completion': 'Veja em que pé está a sua candidatura',
    'link-sharing': 'Este link é só seu',
  },
  extensionLeads: {
    strict: 'Esta empresa não concede mais tempo',
    flexible: 'Só o recrutador pode dar mais tempo para você',
  },
  stateClauses: {
    'link-not-found': 'não reconhecemos este link: ele pode estar cortado ou ter sido digitado errado',
    'completed-unexpectedly':
      'a plataforma encerrou a sua sessão por conta própria em {{completedAt|algum momento}}, sem que você tivesse enviado',
    'already-completed': 'este link já foi concluído em {{completedAt|um dia anterior}} e só pode ser usado uma vez',
    'job-closed': 'a vaga {{jobTitle|deste link}} não está mais contratando, então todos os links dela pararam de funcionar',
    'link-superseded':
      'um convite mais recente substituiu este link; ele foi enviado para {{newerLinkEmail|o seu e-mail}} em {{newerLinkSentAt|uma data posterior}}',
    'link-revoked': 'a empresa desativou este link',
    'access-limit-exceeded':
      'este link foi aberto mais do que as {{accessLimit|poucas}} vezes permitidas e se bloqueou por segurança',
    'link-expired': 'este link expirou em {{deadlineLocal}}',
    'in-progress-resume': 'a sua {{kindLabel|etapa}} já foi iniciada e continua aberta até {{deadlineLocal}}',
    'link-valid': 'o seu link funciona e está aberto até {{deadlineLocal}}',
  },
  nextActions: {
    'link-not-found': {
      strict:
        'Copie o link inteiro do seu e-mail (sem faltar nada no final) e cole aqui, ou peça um novo para {{recruiterName|o recrutador}}.',
      flexible:
        'Copie o link inteiro do seu e-mail (sem faltar nada no final) e cole aqui, ou peça um novo para {{recruiterName|o recrutador}}.',
    },
    'completed-unexpectedly': {
      strict:
        'Conte para {{recruiterName|o recrutador}} o que aconteceu e quando; posso encaminhar isso por você, com os detalhes.',
      flexible:
        'Conte para {{recruiterName|o recrutador}} o que aconteceu e quando; o link pode ser reiniciado. Posso encaminhar isso por você.',
    },
    'already-completed': {
      strict: 'Suas respostas estão com {{recruiterName|o recrutador}}, que vai analisá-las e dar um retorno.',
      flexible:
        'Só {{recruiterName|o recrutador}} pode reiniciar o link se for preciso corrigir algo; caso contrário, suas respostas seguem para análise.',
    },
    'job-closed': {
      strict: 'Não há como reativar este link; dê uma olhada nas outras vagas abertas da empresa.',
      flexible: 'Não há como reativar este link; dê uma olhada nas outras vagas abertas da empresa.',
    },
    'link-superseded': {
      strict: 'Use o link mais recente, do convite enviado em {{newerLinkSentAt|último lugar}}.',
      flexible: 'Use o link mais recente, do convite enviado em {{newerLinkSentAt|último lugar}}.',
    },
    'link-revoked': {
      strict:
        'Só {{recruiterName|o recrutador}} pode ajudar: escreva para {{recruiterEmail|o endereço que aparece no seu convite}}.',
      flexible:
        'Só {{recruiterName|o recrutador}} pode ajudar: escreva para {{recruiterEmail|o endereço que aparece no seu convite}}.',
    },
    'access-limit-exceeded': {
      strict: 'Peça um novo convite para {{recruiterName|o recrutador}}.',
      flexible: 'Peça para {{recruiterName|o recrutador}} reiniciar o link ou enviar um novo convite.',
    },
    'link-expired': {
      strict: 'Peça um novo convite para {{recruiterName|o recrutador}}; esta empresa não prorroga prazos.',
      flexible: 'Peça para {{recruiterName|o recrutador}} prorrogar o prazo ou enviar um novo convite.',
    },
    'in-progress-resume': {
      strict: 'Abra o mesmo link e escolha "Resume" (Retomar), não "Start New" (Começar de novo).',
      flexible: 'Abra o mesmo link e escolha "Resume" (Retomar), não "Start New" (Começar de novo).',
    },
    'link-valid': {
      strict: 'Abra o seu link antes do fim do prazo.',
      flexible: 'Abra o seu link antes do fim do prazo.',
    },
  },
  askedAs: {
    'link-not-found': 'A página diz que meu link não foi encontrado',
    'completed-unexpectedly': 'Aparece como concluído, mas eu não enviei',
    'already-completed': 'Já terminei e quero entrar de novo',
    'job-closed': 'Diz que a vaga foi encerrada ou não está mais contratando',
    'link-superseded': 'Diz que um convite mais recente substituiu meu link',
    'link-revoked': 'Diz que meu link foi desativado',
    'access-limit-exceeded': 'Diz que abri o link vezes demais',
    'link-expired': 'Meu link expirou',
    'in-progress-resume': 'Comecei e quero continuar',
    'link-valid': 'Meu link ainda é válido?',
    'camera-mic-permission': 'Minha câmera ou meu microfone não funciona',
    'page-wont-load': 'A página não carrega ou mostra um erro',
    'stuck-loading': 'Abre, mas depois trava ou fica carregando',
    'lost-connection': 'Perdi a conexão no meio',
    'start-new-by-mistake': 'Cliquei em "Start New" sem querer',
    'submitted-need-change': 'Quero mudar minhas respostas depois de enviar',
    'thinking-time-ran-out': 'O tempo para pensar acabou e a gravação começou',
    'retake-response': 'Quero regravar uma resposta',
    'extension-request': 'Preciso de mais tempo',
    'reminder-after-close': 'Recebi um lembrete, mas o link não funciona',
    'mobile-device': 'Não funciona no meu celular ou tablet',
    'no-response-after-completion': 'Terminei e ainda não tive retorno',
    'link-sharing': 'Posso compartilhar ou encaminhar meu link?',
    'contact-recruiter': 'Quero falar com uma pessoa',
    'recruiter-resend-link': 'Reenviar o link para um candidato',
    'recruiter-reissue-invite': 'Dar um novo link a um candidato',
    'recruiter-allow-retake': 'Deixar um candidato refazer a avaliação',
    'recruiter-extend-deadline': 'Dar mais tempo a um candidato',
    'recruiter-job-closed': 'O que acontece ao encerrar ou pausar uma vaga',
    'recruiter-bulk-resend': 'Reenviar vários convites de uma vez',
    'recruiter-track-status': 'Ver se um candidato abriu ou concluiu',
    'recruiter-escalate-support': 'Quando falar com o suporte da plataforma',
  },
  actionLabels: {
    solved: 'Resolveu',
    notHelpful: 'Não ajudou',
    person: 'Falar com uma pessoa',
    escalate: 'Encaminhar meu problema',
    showAgain: 'Mostrar de novo',
    showAllSteps: 'Mostrar todos os passos',
    noneOfThese: 'Nenhuma destas',
    extend: 'Prorrogar por {{hours}} horas',
    extendConfirm: 'Sim, prorrogar',
    extendCancel: 'Não, deixar como está',
    resendLink: 'Reenviar meu link',
    openLink: 'Abrir {{kindLabel|convite}}',
    checkSetup: 'Verificar meu navegador',
    followUp: 'Dicas para a próxima vez: {{title}}',
    stillNeedHelp: 'Ainda preciso de ajuda',
    personSays: 'Gostaria de falar com uma pessoa',
    escalateSays: 'Por favor, encaminhe meu problema para alguém',
    testMedia: 'Testar câmera e microfone',
  },
  linkChanges: {
    'link-valid': 'Boa notícia: o seu link voltou a funcionar. O seu novo prazo é {{deadlineLocal}}.',
    'in-progress-resume': 'Boa notícia: o seu link voltou a funcionar e fica aberto até {{deadlineLocal}}. Abra o link e escolha "Resume" (Retomar) para continuar.',
    'link-superseded': 'Um link mais recente foi enviado para {{newerLinkEmail|o seu e-mail}} em {{newerLinkSentAt|uma data posterior}}. Use esse: este link não funciona mais.',
    'already-completed': 'A sua {{kindLabel|etapa}} foi concluída. {{recruiterName|O recrutador}} vai analisá-la.',
  },
};
