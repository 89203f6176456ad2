"""village managers

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 17:24:06
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('village_manager',
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('duty_title', sa.String(length=100), nullable=True),
    sa.Column('appoint_date', sa.Date(), nullable=True),
    sa.Column('leave_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_village_manager_person_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_village_manager_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_manager')),
    sa.UniqueConstraint('uuid', name=op.f('uq_village_manager_uuid'))
    )
    with op.batch_alter_table('village_manager', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_manager_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_manager_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_village_manager_region_id'), ['region_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('village_manager', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_village_manager_region_id'))
        batch_op.drop_index(batch_op.f('ix_village_manager_person_id'))
        batch_op.drop_index(batch_op.f('ix_village_manager_is_deleted'))

    op.drop_table('village_manager')
