<?php
/**
 * Dela sidan.
 *
 * @package Kommun
 */

$url   = rawurlencode( get_permalink() );
$titel = rawurlencode( wp_strip_all_tags( get_the_title() ) );
?>
<div class="dela-sidan rs_skip">
	<h2 class="dela-sidan__rubrik">Dela sidan</h2>
	<ul class="dela-sidan__lista">
		<li><a class="dela-sidan__lank dela-sidan__lank--facebook" href="https://www.facebook.com/sharer/sharer.php?u=<?php echo $url; ?>">Facebook<span class="visually-hidden"> (öppnas i ny flik)</span></a></li>
		<li><a class="dela-sidan__lank dela-sidan__lank--linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url=<?php echo $url; ?>">LinkedIn<span class="visually-hidden"> (öppnas i ny flik)</span></a></li>
		<li><a class="dela-sidan__lank dela-sidan__lank--x" href="https://twitter.com/intent/tweet?url=<?php echo $url; ?>&amp;text=<?php echo $titel; ?>">X (Twitter)<span class="visually-hidden"> (öppnas i ny flik)</span></a></li>
		<li><a class="dela-sidan__lank dela-sidan__lank--epost" href="mailto:?subject=<?php echo $titel; ?>&amp;body=<?php echo $url; ?>">E-post</a></li>
		<li><button type="button" class="dela-sidan__lank dela-sidan__lank--kopiera" data-kopiera="<?php echo esc_url( get_permalink() ); ?>">Kopiera länk</button></li>
	</ul>
</div>
