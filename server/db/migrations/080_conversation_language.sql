-- The candidate's language (issue 17): `chosen_language` is what the widget pinned
-- (its data-locale or the candidate's pick in the language menu); `detected_language`
-- the language their messages were last confidently written in. The language a
-- reply is in is negotiated from these and the browser's `locale` on every turn.
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS chosen_language TEXT;
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS detected_language TEXT;

-- The language the candidate was helped in when they asked for a person: the
-- recruiter sees it, and the candidate's side of the ticket (chat notices, mails)
-- stays in it.
ALTER TABLE tickets ADD COLUMN IF NOT EXISTS candidate_language TEXT;
