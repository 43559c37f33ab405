-- Each node keeps recently read links (invitation, job, org) in memory. A change to
-- any of those rows, by any node or by the CLI, is announced with NOTIFY so every
-- node drops what it kept; the payload is "<table>:<id>", or "<table>:*" after a
-- TRUNCATE. NOTIFY is sent at commit, never for a rolled-back change.
CREATE OR REPLACE FUNCTION linkdoctor_notify_link_change() RETURNS trigger AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('linkdoctor_link_change', TG_TABLE_NAME || ':*');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('linkdoctor_link_change', TG_TABLE_NAME || ':' || OLD.id::text);
  ELSE
    PERFORM pg_notify('linkdoctor_link_change', TG_TABLE_NAME || ':' || NEW.id::text);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER invitations_link_change AFTER INSERT OR UPDATE OR DELETE ON invitations
  FOR EACH ROW EXECUTE FUNCTION linkdoctor_notify_link_change();
CREATE TRIGGER jobs_link_change AFTER UPDATE OR DELETE ON jobs
  FOR EACH ROW EXECUTE FUNCTION linkdoctor_notify_link_change();
CREATE TRIGGER orgs_link_change AFTER UPDATE OR DELETE ON orgs
  FOR EACH ROW EXECUTE FUNCTION linkdoctor_notify_link_change();

CREATE TRIGGER invitations_link_truncate AFTER TRUNCATE ON invitations
  FOR EACH STATEMENT EXECUTE FUNCTION linkdoctor_notify_link_change();
CREATE TRIGGER jobs_link_truncate AFTER TRUNCATE ON jobs
  FOR EACH STATEMENT EXECUTE FUNCTION linkdoctor_notify_link_change();
CREATE TRIGGER orgs_link_truncate AFTER TRUNCATE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION linkdoctor_notify_link_change();
