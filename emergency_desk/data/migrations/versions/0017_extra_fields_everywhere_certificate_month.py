"""extra fields on every imported register; certificate 有效期至 with month precision

Plans, drills, regions, warehouses, items and trainings keep the columns of an imported sheet
that map to nothing (data/extra.py), as officers, teams, members, equipment and stock already
do (0009); a training sheet's row with a person keeps its cells on the attendance.
A certificate's 有效期至 2024.07 keeps its month precision (data/dates.py).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 20:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'  # re-chained in number order
branch_labels = None
depends_on = None

EXTRA = ('drill', 'emergency_plan', 'region', 'supply_item', 'training_attendance',
         'training_event', 'warehouse')


def upgrade() -> None:
    for table in EXTRA:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('extra', sa.Text(), nullable=True))
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expiry_date_month', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_column('expiry_date_month')
    for table in EXTRA:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('extra')
