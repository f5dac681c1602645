"""Read side: queries that feed tables, sorted and filtered in SQL."""
