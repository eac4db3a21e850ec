-- Training participants (into a class) and the cases of a KLIK session are
-- imported too: their batches name the class or the session as parent_id.
ALTER TYPE "ImportKind" ADD VALUE 'PARTICIPANTS';
ALTER TYPE "ImportKind" ADD VALUE 'KLIK_CASES';
