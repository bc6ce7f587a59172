<?php
/**
 * Single post content (classic single style).
 * Order of the boxes after the content follows Soledad's default
 * "author-postnav-related-comments".
 *
 * @package solid
 */
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>

	<?php get_template_part( 'template-parts/single', 'header' ); ?>

	<?php if ( has_post_thumbnail() ) : ?>
		<?php
		$solid_thumb_id  = get_post_thumbnail_id();
		$solid_thumb_alt = get_post_meta( $solid_thumb_id, '_wp_attachment_image_alt', true );
		$solid_thumb_alt = $solid_thumb_alt ? $solid_thumb_alt : wp_strip_all_tags( get_the_title() );
		$solid_thumb_src = wp_get_attachment_image_src( $solid_thumb_id, 'penci-full-thumb' );
		?>
		<div class="post-image">
			<a href="<?php echo esc_url( wp_get_attachment_url( $solid_thumb_id ) ); ?>" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" src="<?php echo esc_url( get_template_directory_uri() . '/images/penci2-holder.png' ); ?>" alt="<?php echo esc_attr( $solid_thumb_alt ); ?>" title="<?php echo esc_attr( get_the_title( $solid_thumb_id ) ); ?>" data-src="<?php echo esc_url( $solid_thumb_src ? $solid_thumb_src[0] : '' ); ?>"<?php if ( $solid_thumb_src ) : ?> width="<?php echo (int) $solid_thumb_src[1]; ?>" height="<?php echo (int) $solid_thumb_src[2]; ?>"<?php endif; ?>></a>
		</div>
	<?php endif; ?>

	<div class="post-entry blockquote-style-1">
		<div class="inner-post-entry entry-content" id="penci-post-entry-inner">

			<?php the_content(); ?>

			<div class="penci-single-link-pages">
				<?php
				wp_link_pages( array(
					'before'           => '<p class="post-nav-links">Sidor:',
					'after'            => '</p>',
					'nextpagelink'     => 'Nästa sida',
					'previouspagelink' => 'Föregående sida',
				) );
				?>
			</div>

			<?php if ( has_tag() ) : ?>
				<div class="post-tags">
					<?php the_tags( '', '', '' ); ?>
				</div>
			<?php endif; ?>
		</div>
	</div>

	<?php get_template_part( 'template-parts/single', 'meta-comment' ); ?>

	<?php get_template_part( 'inc/templates/about_author' ); ?>

	<?php get_template_part( 'inc/templates/post_pagination' ); ?>

	<?php get_template_part( 'inc/templates/related_posts' ); ?>

	<?php comments_template( '', true ); ?>

</article>
