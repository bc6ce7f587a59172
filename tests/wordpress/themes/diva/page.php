<?php get_header(); ?>

<div id="main-content">
	<div class="container">
		<div id="content-area" class="clearfix">
			<div id="left-area">

			<?php
			while ( have_posts() ) :
				the_post();
				?>

				<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>

					<h1 class="entry-title main_title"><?php the_title(); ?></h1>

					<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
						<div class="et_featured_image">
							<?php the_post_thumbnail( 'et-pb-post-main-image-fullwidth' ); ?>
						</div>
					<?php endif; ?>

					<div class="entry-content">
					<?php
					if ( post_password_required() ) {
						echo get_the_password_form(); // phpcs:ignore WordPress.Security.EscapeOutput
					} else {
						the_content();
						wp_link_pages( array( 'before' => '<div class="page-links">Sidor:', 'after' => '</div>' ) );
					}
					?>
					</div> <!-- .entry-content -->

					<?php
					if ( comments_open() && 'on' === get_theme_mod( 'diva_show_pagescomments', 'false' ) ) {
						comments_template( '', true );
					}
					?>

				</article> <!-- .et_pb_post -->

			<?php endwhile; ?>

			</div> <!-- #left-area -->

			<?php get_sidebar(); ?>
		</div> <!-- #content-area -->
	</div> <!-- .container -->
</div> <!-- #main-content -->

<?php
get_footer();
