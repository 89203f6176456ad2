"""regions: official_name (the published 统计用区划代码 name, for matching)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 17:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.add_column(sa.Column('official_name', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_column('official_name')
