<?php
/**
 * Sidfakta längst ner på sidan: publicerad, senast ändrad, skribent, ämnen.
 *
 * @package Kommun
 */

$ar_inlagg = ( 'post' === get_post_type() );
?>
<div class="sidfakta">
	<dl class="sidfakta__lista">
		<?php if ( $ar_inlagg ) : ?>
			<dt>Publicerad:</dt>
			<dd><?php echo esc_html( get_the_date( 'j F Y' ) ); ?></dd>
		<?php endif; ?>

		<dt>Senast ändrad:</dt>
		<dd><?php echo esc_html( get_the_modified_date( 'j F Y' ) ); ?></dd>

		<?php if ( $ar_inlagg ) : ?>
			<dt>Skribent:</dt>
			<dd><a href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php the_author(); ?></a></dd>

			<?php
			$kategorier = get_the_category_list( ', ' );
			if ( $kategorier ) :
				?>
				<dt>Ämnen:</dt>
				<dd class="amnen"><?php echo $kategorier; // phpcs:ignore WordPress.Security.EscapeOutput ?></dd>
			<?php endif; ?>

			<?php
			$taggar = get_the_tag_list( '', ', ' );
			if ( $taggar && ! is_wp_error( $taggar ) ) :
				?>
				<dt>Nyckelord:</dt>
				<dd class="nyckelord"><?php echo $taggar; // phpcs:ignore WordPress.Security.EscapeOutput ?></dd>
			<?php endif; ?>
		<?php endif; ?>
	</dl>
</div>
