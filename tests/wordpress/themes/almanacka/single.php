<?php get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : while ( have_posts() ) : the_post(); ?>

		<div class="navigation">
			<div class="alignleft"><?php previous_post_link( '&laquo; %link' ); ?></div>
			<div class="alignright"><?php next_post_link( '%link &raquo;' ); ?></div>
		</div>

		<div <?php post_class(); ?> id="post-<?php the_ID(); ?>">

			<div class="post-header">
				<?php almanacka_calendar(); ?>
				<h1 class="title"><a href="<?php the_permalink(); ?>" rel="bookmark" title="<?php printf( esc_attr__( 'Permanent länk till %s', 'almanacka' ), the_title_attribute( 'echo=0' ) ); ?>"><?php the_title(); ?></a></h1>
			</div>

			<div class="entry">
				<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
				<div class="post-image"><?php the_post_thumbnail( 'almanacka-single', array( 'class' => 'aligncenter' ) ); ?></div>
				<?php endif; ?>

				<?php the_content( __( 'Läs resten av inlägget &raquo;', 'almanacka' ) ); ?>

				<?php wp_link_pages( array(
					'before'         => '<p class="pages"><strong>' . __( 'Sidor:', 'almanacka' ) . '</strong> ',
					'after'          => '</p>',
					'next_or_number' => 'number',
				) ); ?>
			</div>

			<?php almanacka_postmeta(); ?>

		</div><!-- /post -->

		<?php comments_template( '', true ); ?>

	<?php endwhile; else : ?>

		<p><?php _e( 'Tyvärr, inga inlägg matchade dina kriterier.', 'almanacka' ); ?></p>

	<?php endif; ?>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
