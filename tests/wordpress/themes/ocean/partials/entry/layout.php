<?php
/**
 * Ett inlägg i bloggflödet ("large entry", som OceanWP:s standard).
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_classes = array( 'blog-entry', 'clr', 'large-entry' );
if ( ! has_post_thumbnail() || post_password_required() ) {
	$ocean_classes[] = 'no-featured-image';
}
?>

<article id="post-<?php the_ID(); ?>" <?php post_class( $ocean_classes ); ?>>

	<div class="blog-entry-inner clr">

		<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
			<div class="thumbnail">
				<a href="<?php the_permalink(); ?>" class="thumbnail-link no-lightbox">
					<?php the_post_thumbnail( 'full', array( 'alt' => the_title_attribute( array( 'echo' => false ) ), 'itemprop' => 'image' ) ); ?>
					<span class="overlay"></span>
				</a>
			</div><!-- .thumbnail -->
		<?php endif; ?>

		<header class="blog-entry-header clr">
			<h2 class="blog-entry-title entry-title">
				<a href="<?php the_permalink(); ?>" rel="bookmark"><?php the_title(); ?></a>
			</h2><!-- .blog-entry-title -->
		</header><!-- .blog-entry-header -->

		<ul class="meta obem-default clr" aria-label="<?php esc_attr_e( 'Inläggsdetaljer:', 'ocean' ); ?>">

			<li class="meta-author"<?php ocean_schema_markup( 'author_name' ); ?>><span class="screen-reader-text"><?php esc_html_e( 'Inläggsförfattare:', 'ocean' ); ?></span><?php ocean_icon( 'user' ); ?><?php the_author_posts_link(); ?></li>

			<li class="meta-mod-date"<?php ocean_schema_markup( 'modified_date' ); ?>><span class="screen-reader-text"><?php esc_html_e( 'Inlägget senast ändrat:', 'ocean' ); ?></span><?php ocean_icon( 'm_date' ); ?><?php
				/* translators: %s: datum */
				printf( esc_html__( 'Uppdaterad %s', 'ocean' ), esc_html( get_the_modified_date( ocean_meta_date_format() ) ) );
			?></li>

			<?php if ( has_category() ) : ?>
				<li class="meta-cat"><span class="screen-reader-text"><?php esc_html_e( 'Inläggskategori:', 'ocean' ); ?></span><?php ocean_icon( 'category' ); ?><?php the_category( ' <span class="owp-sep">/</span> ' ); ?></li>
			<?php endif; ?>

			<?php if ( comments_open() && ! post_password_required() ) : ?>
				<li class="meta-comments"><span class="screen-reader-text"><?php esc_html_e( 'Inläggskommentarer:', 'ocean' ); ?></span><?php ocean_icon( 'comment' ); ?><?php comments_popup_link( esc_html__( '0 kommentarer', 'ocean' ), esc_html__( '1 kommentar', 'ocean' ), esc_html__( '% kommentarer', 'ocean' ), 'comments-link' ); ?></li>
			<?php endif; ?>

		</ul>

		<div class="blog-entry-summary clr"<?php ocean_schema_markup( 'entry_content' ); ?>>
			<p>
				<?php echo ocean_excerpt( 30 ); // phpcs:ignore ?>
			</p>
		</div><!-- .blog-entry-summary -->

		<div class="blog-entry-readmore clr">
			<a href="<?php the_permalink(); ?>" title="<?php esc_attr_e( 'Fortsätt läsa', 'ocean' ); ?>"><?php esc_html_e( 'Fortsätt läsa', 'ocean' ); ?><?php ocean_icon( 'angle_right' ); ?></a>
			<span class="screen-reader-text"><?php the_title(); ?></span>
		</div><!-- .blog-entry-readmore -->

	</div><!-- .blog-entry-inner -->

</article><!-- #post-## -->
