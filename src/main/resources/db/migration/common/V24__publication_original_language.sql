-- V22 gave every brief and podcast English as the language of its title and summary. One whose own language is
-- French or Spanish has its title and summary in that language: translations are made from it, and readers of
-- that language get it as written.
UPDATE publication SET original_language = language WHERE language IN ('fr', 'es') AND original_language = 'en';
