<?php
/**
 * The listing loop shared by index, archive and search.
 *
 * @package Diva
 */

if ( have_posts() ) :
	while ( have_posts() ) :
		the_post();
		?>

		<article id="post-<?php the_ID(); ?>" <?php post_class( 'et_pb_post' ); ?>>

			<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
				<a class="entry-featured-image-url" href="<?php the_permalink(); ?>">
					<?php the_post_thumbnail( 'et-pb-post-main-image-fullwidth', array( 'alt' => the_title_attribute( array( 'echo' => false ) ) ) ); ?>
				</a>
			<?php endif; ?>

			<h2 class="entry-title"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h2>

			<?php
			diva_post_meta();

			if ( 'on' !== get_theme_mod( 'diva_blog_style', 'false' ) ) {
				diva_truncate_post( 270 );
			} else {
				the_content();
			}
			?>

		</article> <!-- .et_pb_post -->

		<?php
	endwhile;

	diva_posts_navigation();
else :
	get_template_part( 'includes/no-results', 'index' );
endif;
