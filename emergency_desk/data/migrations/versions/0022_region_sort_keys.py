"""the rosters' region order stored on the region (issue 20)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06 09:10:00

`region.sort_town` / `sort_village` hold what the officers' roster sorted by through a join to
the parent region (data/region_order.py keeps them current); filled here for existing files
with the same expressions, written as SQL both engines read.
"""
import sqlalchemy as sa
from alembic import op


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

_FILL = """
UPDATE region SET
  sort_town = CASE
    WHEN level = 'county' THEN ''
    WHEN level IN ('village', 'community') THEN
      (SELECT COALESCE(p.code, '~') || p.name FROM region p WHERE p.id = region.parent_id)
    ELSE COALESCE(code, '~') || name END,
  sort_village = CASE
    WHEN level IN ('village', 'community') THEN COALESCE(code, '~') || name
    ELSE '' END
"""


def upgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sort_town', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('sort_village', sa.String(length=120), nullable=True))
        batch_op.create_index('ix_region_sort', ['sort_town', 'sort_village'], unique=False)
    op.execute(_FILL)


def downgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index('ix_region_sort')
        batch_op.drop_column('sort_village')
        batch_op.drop_column('sort_town')
