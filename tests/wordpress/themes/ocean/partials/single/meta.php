<?php
/**
 * Metaraden på enskilt inlägg.
 *
 * Sajtens inställning (vanlig på svenska sajter): publiceringsdatum är avstängt
 * och bara "Uppdaterad …" visas. Publiceringsdatumet finns i <head>
 * (article:published_time och JSON-LD), se inc/seo-head.php.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_sections = apply_filters( 'ocean_blog_single_meta', array( 'author', 'mod-date', 'categories', 'comments', 'reading-time' ) );

if ( empty( $ocean_sections ) ) {
	return;
}
?>

<ul class="meta ospm-default clr">

	<?php foreach ( $ocean_sections as $ocean_section ) { ?>

		<?php if ( 'author' === $ocean_section ) { ?>
			<li class="meta-author"<?php ocean_schema_markup( 'author_name' ); ?>><span class="screen-reader-text"><?php esc_html_e( 'Inläggsförfattare:', 'ocean' ); ?></span><?php ocean_icon( 'user' ); ?><?php the_author_posts_link(); ?></li>
		<?php } ?>

		<?php if ( 'date' === $ocean_section ) { ?>
			<li class="meta-date"<?php ocean_schema_markup( 'publish_date' ); ?>><span class="screen-reader-text"><?php esc_html_e( 'Inlägget publicerat:', 'ocean' ); ?></span><?php ocean_icon( 'date' ); ?><?php echo esc_html( get_the_date( ocean_meta_date_format() ) ); ?></li>
		<?php } ?>

		<?php if ( 'mod-date' === $ocean_section ) { ?>
			<li class="meta-mod-date"<?php ocean_schema_markup( 'modified_date' ); ?>><span class="screen-reader-text"><?php esc_html_e( 'Inlägget senast ändrat:', 'ocean' ); ?></span><?php ocean_icon( 'm_date' ); ?><?php
				/* translators: %s: datum */
				printf( esc_html__( 'Uppdaterad %s', 'ocean' ), esc_html( get_the_modified_date( ocean_meta_date_format() ) ) );
			?></li>
		<?php } ?>

		<?php if ( 'categories' === $ocean_section && has_category() ) { ?>
			<li class="meta-cat"><span class="screen-reader-text"><?php esc_html_e( 'Inläggskategori:', 'ocean' ); ?></span><?php ocean_icon( 'category' ); ?><?php the_category( ' <span class="owp-sep">/</span> ', '', get_the_ID() ); ?></li>
		<?php } ?>

		<?php if ( 'reading-time' === $ocean_section ) { ?>
			<li class="meta-rt"><span class="screen-reader-text"><?php esc_html_e( 'Lästid:', 'ocean' ); ?></span><?php ocean_icon( 'r_time' ); ?><?php echo esc_html( ocean_reading_time() ); ?></li>
		<?php } ?>

		<?php if ( 'comments' === $ocean_section && comments_open() && ! post_password_required() ) { ?>
			<li class="meta-comments"><span class="screen-reader-text"><?php esc_html_e( 'Inläggskommentarer:', 'ocean' ); ?></span><?php ocean_icon( 'comment' ); ?><?php comments_popup_link( esc_html__( '0 kommentarer', 'ocean' ), esc_html__( '1 kommentar', 'ocean' ), esc_html__( '% kommentarer', 'ocean' ), 'comments-link' ); ?></li>
		<?php } ?>

	<?php } ?>

</ul>
