-- PostgreSQL only (H2 knows CLOB): the SQL standard's CLOB, which the portable migrations use for
-- long text (V5's submitted plan versions), as PostgreSQL's TEXT. PostgreSQL sends a domain's
-- values as its base type, so the portal reads them as text. Before V5, so that V5 runs as it is.
CREATE DOMAIN clob AS TEXT;
