<?php
/**
 * En post i nyhetslistan.
 *
 * @package Kommun
 */
?>
<li class="nyhetslista__post<?php echo has_post_thumbnail() ? ' nyhetslista__post--med-bild' : ''; ?>">
	<?php if ( has_post_thumbnail() ) : ?>
		<div class="nyhetslista__bild" aria-hidden="true">
			<?php the_post_thumbnail( 'kommun-puff', array( 'alt' => '' ) ); ?>
		</div>
	<?php endif; ?>
	<div class="nyhetslista__text">
		<span class="datum"><?php echo esc_html( get_the_date( 'j F Y' ) ); ?></span>
		<h2 class="nyhetslista__rubrik"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h2>
		<?php if ( post_password_required() ) : ?>
			<p class="nyhetslista__utdrag">Inlägget är lösenordsskyddat.</p>
		<?php else : ?>
			<p class="nyhetslista__utdrag"><?php echo esc_html( wp_strip_all_tags( get_the_excerpt() ) ); ?></p>
		<?php endif; ?>
	</div>
</li>
