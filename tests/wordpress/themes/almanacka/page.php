<?php get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : while ( have_posts() ) : the_post(); ?>

		<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">

			<h1 class="title"><?php the_title(); ?></h1>

			<div class="entry">
				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
				<div class="post-image"><?php the_post_thumbnail( 'almanacka-single', array( 'class' => 'aligncenter' ) ); ?></div>
				<?php endif; ?>

				<?php the_content( __( 'Läs resten av sidan &raquo;', 'almanacka' ) ); ?>

				<?php wp_link_pages( array(
					'before'         => '<p class="pages"><strong>' . __( 'Sidor:', 'almanacka' ) . '</strong> ',
					'after'          => '</p>',
					'next_or_number' => 'number',
				) ); ?>
			</div>

			<?php edit_post_link( __( 'Redigera sidan', 'almanacka' ), '<p class="edit">', '</p>' ); ?>

		</div><!-- /post -->

		<?php comments_template( '', true ); ?>

	<?php endwhile; endif; ?>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
