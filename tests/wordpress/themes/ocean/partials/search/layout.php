<?php
/**
 * En sökträff.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

<article id="post-<?php the_ID(); ?>" <?php post_class( 'search-entry clr' ); ?>>

	<div class="search-entry-inner clr">

		<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
			<div class="thumbnail">
				<a href="<?php the_permalink(); ?>" class="thumbnail-link">
					<?php the_post_thumbnail( 'thumbnail', array( 'alt' => the_title_attribute( array( 'echo' => false ) ), 'itemprop' => 'image' ) ); ?>
				</a>
			</div><!-- .thumbnail -->
		<?php endif; ?>

		<div class="search-entry-content clr">

			<header class="search-entry-header clr">
				<h2 class="search-entry-title entry-title">
					<a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a>
				</h2>
			</header><!-- .search-entry-header -->

			<div class="search-entry-summary clr"<?php ocean_schema_markup( 'entry_content' ); ?>>
				<p>
					<?php echo ocean_excerpt( 30 ); // phpcs:ignore ?>
				</p>
			</div><!-- .search-entry-summary -->

			<div class="search-entry-readmore clr">
				<a href="<?php the_permalink(); ?>" title="<?php esc_attr_e( 'Fortsätt läsa', 'ocean' ); ?>"><?php esc_html_e( 'Fortsätt läsa', 'ocean' ); ?></a>
				<span class="screen-reader-text"><?php the_title(); ?></span>
			</div><!-- .search-entry-readmore -->

		</div><!-- .search-entry-content -->

	</div><!-- .search-entry-inner -->

</article><!-- #post-## -->
