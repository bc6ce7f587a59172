<?php get_header(); ?>

<div id="main-content">
	<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">
			<?php
			while ( have_posts() ) :
				the_post();
				?>

				<article id="post-<?php the_ID(); ?>" <?php post_class( 'et_pb_post' ); ?>>
					<div class="et_post_meta_wrapper">
						<h1 class="entry-title"><?php the_title(); ?></h1>

					<?php
					if ( ! post_password_required() ) :

						diva_post_meta();

						if ( has_post_thumbnail() && 'on' === get_theme_mod( 'diva_thumbnails', 'on' ) ) :
							the_post_thumbnail(
								'et-pb-post-main-image-fullwidth',
								array( 'alt' => the_title_attribute( array( 'echo' => false ) ) )
							);
						endif;

					endif;
					?>
				</div> <!-- .et_post_meta_wrapper -->

				<div class="entry-content">
				<?php
				if ( post_password_required() ) {
					echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput
				} else {
					the_content();

					wp_link_pages( array(
						'before' => '<div class="page-links">Sidor:',
						'after'  => '</div>',
					) );
				}
				?>
				</div> <!-- .entry-content -->

				<?php if ( ! post_password_required() ) : ?>
					<?php
					$diva_tags = get_the_tag_list( '<span class="tagged">Taggar:</span> ', ', ' );
					if ( $diva_tags && ! is_wp_error( $diva_tags ) ) :
						?>
						<p class="et_post_tags"><?php echo $diva_tags; // phpcs:ignore WordPress.Security.EscapeOutput ?></p>
					<?php endif; ?>

					<?php diva_share_buttons(); ?>
				<?php endif; ?>

				<div class="et_post_meta_wrapper">
				<?php
				if ( 'on' === get_theme_mod( 'diva_show_postcomments', 'on' ) ) {
					comments_template( '', true );
				}
				?>
				</div> <!-- .et_post_meta_wrapper -->
				</article> <!-- .et_pb_post -->

			<?php endwhile; ?>
			</div> <!-- #left-area -->

			<?php get_sidebar(); ?>
		</div> <!-- #content-area -->
	</div> <!-- .container -->
</div> <!-- #main-content -->

<?php
get_footer();
