-- Search that ignores accents ("futbol" finds "fútbol") with Spanish and English stemming.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION tertulia_es (COPY = spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION tertulia_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION tertulia_en (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION tertulia_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
