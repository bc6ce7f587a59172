<?php
/**
 * Artikelns innehåll: huvud, delning, text, fot med taggar, navigering och författarruta.
 *
 * @package Tidning
 */

$tidning_author_id = (int) get_the_author_meta( 'ID' );
?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?> itemscope itemtype="https://schema.org/Article">
	<div class="td-post-header">

		<?php tidning_post_categories(); ?>

		<header class="td-post-title">
			<h1 class="entry-title"><?php the_title(); ?></h1>

			<?php if ( has_excerpt() && ! post_password_required() ) : ?>
				<p class="td-post-sub-title"><?php echo esc_html( get_the_excerpt() ); ?></p>
			<?php endif; ?>

			<?php tidning_post_meta(); ?>
		</header>

	</div>

	<?php tidning_share_buttons( 'top' ); ?>

	<div class="td-post-content tagdiv-type">
		<?php tidning_featured_image(); ?>

		<?php
		the_content();

		wp_link_pages( array(
			'before'      => '<div class="page-nav page-nav-post td-pb-padding-side"><span class="pages">' . esc_html__( 'Sidor:', 'tidning' ) . '</span>',
			'after'       => '</div>',
			'link_before' => '<div>',
			'link_after'  => '</div>',
		) );
		?>

		<?php if ( ! post_password_required() ) : ?>
			<?php echo tidning_get_ad( 'content_bottom' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			<?php tidning_newsletter_box(); ?>
		<?php endif; ?>
	</div>

	<footer>
		<?php tidning_source_tags(); ?>

		<?php tidning_share_buttons( 'bottom' ); ?>

		<?php tidning_next_prev(); ?>

		<?php tidning_author_box( $tidning_author_id ); ?>

		<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="<?php echo esc_attr( get_the_author() ); ?>"><meta itemprop="url" content="<?php echo esc_url( get_author_posts_url( $tidning_author_id ) ); ?>"></span><meta itemprop="datePublished" content="<?php echo esc_attr( get_the_time( DATE_W3C ) ); ?>"><meta itemprop="dateModified" content="<?php echo esc_attr( get_the_modified_date( DATE_W3C ) ); ?>"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="<?php the_permalink(); ?>"/><span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span class="td-page-meta" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="<?php echo esc_url( TIDNING_URI . '/images/logo.svg' ); ?>"></span><meta itemprop="name" content="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>"></span><meta itemprop="headline " content="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>">
		<?php
		if ( has_post_thumbnail() ) :
			$tidning_img = wp_get_attachment_image_src( get_post_thumbnail_id(), 'full' );
			if ( $tidning_img ) :
				?>
		<span class="td-page-meta" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="<?php echo esc_url( $tidning_img[0] ); ?>"><meta itemprop="width" content="<?php echo (int) $tidning_img[1]; ?>"><meta itemprop="height" content="<?php echo (int) $tidning_img[2]; ?>"></span>
				<?php
			endif;
		endif;
		?>
	</footer>

</article> <!-- /.post -->
